package dev.authdash.bench.nativehash;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.crypto.nativeargon2.NativeArgon2PasswordEncoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One password verification through the core's {@link PasswordHasher}, as a login pays it:
 * Argon2id m=19456 KiB, t=2, p=1 on the native libargon2 or on BouncyCastle. Both verify the same
 * stored hash, made by BouncyCastle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NativeVsBouncyCastleBenchmark {
  static final String PASSWORD = "violet kettle orbit lantern";

  @Param({"native", "bouncycastle"})
  public String implementation;

  private PasswordHasher hasher;
  private String hash;

  @Setup
  public void hashOnce() {
    hasher = hasher(implementation);
    hash = new SpringPasswordHasher().hash(PASSWORD);
    if (!hasher.matches(PASSWORD, hash)) {
      throw new IllegalStateException(implementation + " does not verify the stored hash");
    }
  }

  static PasswordHasher hasher(String implementation) {
    return switch (implementation) {
      case "native" -> new SpringPasswordHasher(new NativeArgon2PasswordEncoder());
      case "bouncycastle" -> new SpringPasswordHasher();
      default -> throw new IllegalArgumentException(implementation);
    };
  }

  @Benchmark
  public boolean verifyOnePassword() {
    return hasher.matches(PASSWORD, hash);
  }
}
