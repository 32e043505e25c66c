package app.holdpoint.store;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import com.sun.jna.Native;

/**
 * Ed25519 signature checks (RFC 8032) for verify: a signature per seal and addendum of a whole record, most of its
 * time. Through the system's libsodium when it has one, loaded on first use (loading JNA costs a tenth of a second),
 * else Bouncy Castle. The kiosk's one check at start-up (its remembered head) uses the JDK instead
 * ({@link KioskKey#verify}), so neither library is loaded on its way to the first screen. Measured here
 * (docs/benchmarks.md): about 70 µs a check with libsodium, 100 µs with Bouncy Castle and 1 ms with the JDK's own.
 * Both accept every signature a kiosk makes; libsodium also refuses a few crafted edge cases
 * (small-order keys) that Bouncy Castle lets through, which can only turn a forged record's pass into a finding.
 */
final class Ed25519Check {
    private static final Logger LOG = Logger.getLogger(Ed25519Check.class.getName());

    /**
     * libsodium's check, bound by JNA's direct mapping: a native method per function, without the reflective proxy
     * and the per-call argument conversion of an interface mapping (a million calls in a large record's verify;
     * docs/benchmarks.md has the before and after).
     */
    private static final class Sodium {
        static {
            Native.register("sodium");
        }

        private Sodium() {
        }

        static native int sodium_init();

        static native int crypto_sign_verify_detached(byte[] signature, byte[] message, long messageLength,
                                                      byte[] publicKey);
    }

    /** Loaded when first asked for, by the class loader's lazy holder initialisation. */
    private static final class Loaded {
        static final boolean SODIUM = loadSodium();
    }

    private Ed25519Check() {
    }

    private static boolean loadSodium() {
        if (Boolean.getBoolean("holdpoint.noSodium")) {
            return false;
        }
        try {
            // 0 initialised now, 1 already; -1 is a library that cannot be used.
            return Sodium.sodium_init() >= 0;
        } catch (LinkageError | RuntimeException e) {
            // No libsodium (UnsatisfiedLinkError, or the class's failed initialisation seen again).
            LOG.log(Level.FINE, "no libsodium on this system; Ed25519 checks use Bouncy Castle", e);
            return false;
        }
    }

    /** Which implementation {@link #inBulk} checks with: "libsodium" or "Bouncy Castle". */
    static String bulkImplementation() {
        return Loaded.SODIUM ? "libsodium" : "Bouncy Castle";
    }

    /**
     * One of verify's many checks: through libsodium when the system has it, else {@link #withBouncyCastle}. True when
     * {@code signature} (64 bytes) is {@code key}'s Ed25519 signature of {@code message}.
     */
    static boolean inBulk(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        if (Loaded.SODIUM) {
            return signature.length == 64
                    && Sodium.crypto_sign_verify_detached(signature, message, message.length, key.getEncoded()) == 0;
        }
        return withBouncyCastle(key, message, signature);
    }

    /** One check through Bouncy Castle: true when {@code signature} is {@code key}'s signature of {@code message}. */
    static boolean withBouncyCastle(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}
