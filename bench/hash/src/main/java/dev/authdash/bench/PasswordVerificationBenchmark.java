package dev.authdash.bench;

import dev.authdash.core.crypto.SpringPasswordHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one password verification at the core's parameters (Argon2id m=19456 KiB, t=2, p=1,
 * BouncyCastle through Spring Security Crypto): the price of every login.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PasswordVerificationBenchmark {
  private final SpringPasswordHasher hasher = new SpringPasswordHasher();
  private String hash;

  @Setup
  public void hashOnce() {
    hash = hasher.hash("violet kettle orbit lantern");
  }

  @Benchmark
  public boolean verifyOnePassword() {
    return hasher.matches("violet kettle orbit lantern", hash);
  }
}
