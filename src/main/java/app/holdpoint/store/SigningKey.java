package app.holdpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * A kiosk's private Ed25519 key in Bouncy Castle's form, for signing. Kept apart from {@link KioskKey} so that
 * loading that class loads nothing of Bouncy Castle: its jar is signed, and the first class read from it makes the
 * JVM check the whole jar's signature (about 150 ms of CPU here, measured on the kiosk's start-up when the two were
 * one class). Thread-safe: every signature makes its own signer.
 */
final class SigningKey {
    private final Ed25519PrivateKeyParameters key;

    private SigningKey(Ed25519PrivateKeyParameters key) {
        this.key = key;
    }

    /**
     * @param pkcs8 the private key's PKCS#8 encoding, as the JDK writes it
     * @throws IOException        when the bytes are not a private key
     * @throws ClassCastException when they are a private key of another kind
     */
    static SigningKey of(byte[] pkcs8) throws IOException {
        return new SigningKey((Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pkcs8));
    }

    /** Base64 Ed25519 signature (RFC 8032, 64 bytes) of the UTF-8 bytes of {@code text}. */
    String sign(String text) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        signer.update(bytes, 0, bytes.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }
}
