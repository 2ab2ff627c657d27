package dev.authdash.bench.nativehash;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.crypto.nativeargon2.NativeArgon2PasswordEncoder;
import java.util.Arrays;
import java.util.List;

/**
 * A plain single-threaded loop, native and BouncyCastle taking turns so that a busy neighbour
 * slows both alike: median and 90th percentile of one verification. For shared machines, where
 * JMH's error bars grow wide. Usage: QuickTiming [rounds], 100 by default.
 */
public final class QuickTiming {
  private QuickTiming() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    String password = NativeVsBouncyCastleBenchmark.PASSWORD;
    String hash = new SpringPasswordHasher().hash(password);
    NativeArgon2PasswordEncoder nativeEncoder = new NativeArgon2PasswordEncoder();
    System.out.println("native library: " + nativeEncoder.libraryFile());
    List<String> names = List.of("native", "bouncycastle");
    List<PasswordHasher> hashers =
        List.of(new SpringPasswordHasher(nativeEncoder), new SpringPasswordHasher());
    double[][] millis = new double[names.size()][rounds];
    for (int warm = 0; warm < 10; warm++) {
      hashers.forEach(h -> h.matches(password, hash));
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < hashers.size(); i++) {
        long start = System.nanoTime();
        boolean ok = hashers.get(i).matches(password, hash);
        millis[i][round] = (System.nanoTime() - start) / 1e6;
        if (!ok) {
          throw new IllegalStateException(names.get(i) + " did not verify");
        }
      }
    }
    double[] medians = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      double[] sorted = millis[i].clone();
      Arrays.sort(sorted);
      medians[i] = sorted[rounds / 2];
      System.out.printf(
          "%-13s median %6.1f ms  p90 %6.1f ms  min %6.1f ms  (%d verifications)%n",
          names.get(i), medians[i], sorted[(int) (rounds * 0.9)], sorted[0], rounds);
    }
    System.out.printf("bouncycastle / native: %.1fx%n", medians[1] / medians[0]);
  }
}
