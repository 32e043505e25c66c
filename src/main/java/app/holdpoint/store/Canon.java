package app.holdpoint.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import app.holdpoint.io.Sha256;

/**
 * Canonical encoding of a row for hashing: each field as {@code <length>:<text>;} (null as {@code ~;}), so no
 * two different rows encode alike, whatever their text contains. Reused per thread: not thread-safe.
 */
final class Canon {
    static final String ZERO_HASH = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text = new StringBuilder(256);
    private final MessageDigest sha256;

    Canon() {
        // One digest per Canon (one Canon per thread), not a lookup for each of the many rows a chain hashes.
        sha256 = Sha256.newDigest();
    }

    Canon start(String kind) {
        text.setLength(0);
        return add(kind);
    }

    Canon add(String value) {
        if (value == null) {
            text.append("~;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
        return this;
    }

    Canon add(long value) {
        return add(Long.toString(value));
    }

    Canon add(Long value) {
        return add(value == null ? null : value.toString());
    }

    Canon add(Integer value) {
        return add(value == null ? null : value.toString());
    }

    Canon add(boolean value) {
        return add(value ? "true" : "false");
    }

    String hash() {
        return HEX.formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Hex SHA-256 of a whole text ({@link Sha256#hex(String)}), as the chain verifier checks protocol texts. */
    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
