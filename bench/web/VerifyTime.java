import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.crypto.nativeargon2.PasswordHashers;
import java.util.Arrays;

/**
 * One Argon2id verification at the product's parameters on the hasher the app picks (native
 * libargon2 or BouncyCastle), single-threaded: median of N after a warm-up. Run from the app's jar:
 * java -cp auth-web/target/auth-web-0.1.0-SNAPSHOT.jar bench/web/VerifyTime.java [N]
 */
public class VerifyTime {
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    PasswordHasher hasher = PasswordHashers.best();
    String password = "violet kettle orbit lantern";
    String hash = hasher.hash(password);
    for (int i = 0; i < 20; i++) {
      hasher.matches(password, hash);
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      if (!hasher.matches(password, hash)) {
        throw new IllegalStateException("verification failed");
      }
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("VERIFY_MS=%.2f%n", nanos[runs / 2] / 1e6);
  }
}
