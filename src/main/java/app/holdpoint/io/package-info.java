/**
 * Low-level file, text and hashing helpers every layer may use: {@code AtomicFile} (all-or-nothing file writes, the one
 * way any file is replaced), {@code Sha256} (hex SHA-256 of text, bytes or a file) and {@code Bundle} (one message
 * bundle in one language, behind the kiosk's, the reports' and the command line's words). Depends on nothing of ours;
 * callers decide how a failure is reported.
 */
package app.holdpoint.io;
