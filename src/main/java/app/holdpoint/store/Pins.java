package app.holdpoint.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import app.holdpoint.domain.Pin;

/**
 * PIN hashing with the JDK's PBKDF2-HMAC-SHA512, a 16-byte random salt per therapist and
 * {@link #DEFAULT_ITERATIONS} iterations (OWASP's 2023 figure for this PRF). A 4–8 digit PIN has at most
 * 10^8 values, so the slow hash only slows an offline attack on a stolen file; at the kiosk the lock-out does
 * the real work. The iteration count is stored per row, so it can be raised without invalidating PINs.
 */
final class Pins {
    static final int DEFAULT_ITERATIONS = 210_000;
    private static final HexFormat HEX = HexFormat.of();

    private final int iterations;
    private final SecureRandom random;

    Pins(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    record Hashed(String hash, String salt, int iterations) {
    }

    static void requireWellFormed(char[] pin) {
        if (!Pin.hasAllowedLength(pin)) {
            throw new StoreException(StoreProblem.PIN_LENGTH, Pin.MIN_LENGTH, Pin.MAX_LENGTH);
        }
        if (!Pin.isDigits(pin)) {
            throw new StoreException(StoreProblem.PIN_NOT_DIGITS, Pin.MIN_LENGTH, Pin.MAX_LENGTH);
        }
    }

    Hashed hash(char[] pin) {
        requireWellFormed(pin);
        return hashSecret(pin);
    }

    /** The same slow hash for another secret (the recovery code), without the PIN's shape rule. */
    Hashed hashSecret(char[] pin) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new Hashed(HEX.formatHex(derive(pin, salt, iterations)), HEX.formatHex(salt), iterations);
    }

    /** Constant-time comparison, so timing does not reveal how much of a PIN was right. */
    static boolean matches(char[] pin, Hashed stored) {
        byte[] actual = derive(pin, HEX.parseHex(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(actual, HEX.parseHex(stored.hash()));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
