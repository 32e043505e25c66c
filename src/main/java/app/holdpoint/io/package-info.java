/**
 * Low-level file and hashing helpers every layer may use: {@code AtomicFile} (all-or-nothing file writes, the one
 * way any file is replaced) and {@code Sha256} (hex SHA-256 of text, bytes or a file). Depends on nothing of ours;
 * callers decide how a failure is reported.
 */
package app.holdpoint.io;
