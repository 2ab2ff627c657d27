/**
 * Argon2id on the native libargon2 (through argon2-jvm and JNA) as a Spring Security Crypto {@code
 * PasswordEncoder}, and {@link dev.authdash.crypto.nativeargon2.PasswordHashers}, which gives the
 * apps the core's {@code PasswordHasher} on it when the library loads and on auth-core's pure-Java
 * BouncyCastle encoder when it does not. The only package that sees argon2-jvm or JNA.
 */
package dev.authdash.crypto.nativeargon2;
