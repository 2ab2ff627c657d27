/**
 * One-time codes (RFC 6238 TOTP) and encryption of secrets at rest (AES-GCM), on {@code
 * javax.crypto} alone: plain functions the services call, with no store and no framework.
 */
package dev.authdash.core.secrets;
