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
    private byte[] ascii = new byte[256];
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

    /** As {@code add(Long.toString(value))}, without making the string (verify hashes tens of millions). */
    Canon add(long value) {
        text.append(decimalLength(value)).append(':').append(value).append(';');
        return this;
    }

    Canon add(Long value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    Canon add(Integer value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    /** The length of {@code Long.toString(value)}. */
    static int decimalLength(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int length = value < 0 ? 2 : 1;
        for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
            length++;
        }
        return length;
    }

    Canon add(boolean value) {
        return add(value ? "true" : "false");
    }

    /**
     * Hex SHA-256 of the UTF-8 bytes of the text so far. Text that is all ASCII (nearly every row) is its own
     * UTF-8: its chars go to the digest through a reused buffer, without a string and a byte array per row.
     */
    String hash() {
        int length = text.length();
        if (ascii.length < length) {
            ascii = new byte[Math.max(length, ascii.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return HEX.formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            }
            ascii[i] = (byte) c;
        }
        sha256.update(ascii, 0, length);
        return HEX.formatHex(sha256.digest());
    }

    /** Hex SHA-256 of a whole text ({@link Sha256#hex(String)}), as the chain verifier checks protocol texts. */
    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
