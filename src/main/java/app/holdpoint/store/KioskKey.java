package app.holdpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;

import app.holdpoint.io.Sha256;

/**
 * This kiosk's Ed25519 key pair (RFC 8032). Made and stored with the JDK's encodings, kept in the kiosk's key
 * folder (the data folder, or the folder given for a database reached by URL): {@code kiosk-key} (PKCS#8, 0600)
 * and {@code kiosk-key.pub} (X.509). Created on first use; the public half is registered in the record
 * ({@code kiosk_key}) under its {@link #keyId() id}, the SHA-256 of its X.509 encoding. Signatures are over the
 * UTF-8 bytes of a hex hash and stored in base64.
 *
 * <p>Signing goes through Bouncy Castle's Ed25519 (from the first seal on) and verify's many checks through
 * {@link Ed25519Check} (libsodium, else Bouncy Castle): the JDK's pure-Java implementation took about 1 ms per
 * check here, and {@code verify} checks every seal of a clinic's record. A single check (the remembered head at
 * start-up) stays with the JDK, which is already loaded; this class names no Bouncy Castle type its loading would
 * need ({@link SigningKey} says why). Ed25519 signatures are deterministic, so all give the same bytes for the same
 * key and text: records signed before the change verify unchanged. Thread-safe: every call makes its own signer.
 */
final class KioskKey {
    static final String PRIVATE_FILE = "kiosk-key";
    static final String PUBLIC_FILE = "kiosk-key.pub";
    private static final String ALGORITHM = "Ed25519";

    private final Optional<Path> folder;
    private PrivateKey privateKey; // null until first needed: a read-only command never creates a key
    private PublicKey publicKey;
    private SigningKey signingKey; // made at the first seal, not on the kiosk's way to its screen
    private String keyId;
    private String publicText;

    private KioskKey(KeyPair pair, Optional<Path> folder) {
        this.folder = folder;
        if (pair != null) {
            use(pair);
        }
    }

    private void use(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.publicText = encoded(publicKey);
        this.keyId = Sha256.hex(publicText);
    }

    private synchronized SigningKey signingKey() {
        load();
        if (signingKey == null) {
            try {
                signingKey = SigningKey.of(privateKey.getEncoded());
            } catch (IOException | ClassCastException e) {
                throw new StoreException("this kiosk's signing key" + folder.map(f -> " in " + f).orElse("")
                        + " is not an Ed25519 key; move " + PRIVATE_FILE + " and " + PUBLIC_FILE
                        + " aside and start again, or ask your administrator", e);
            }
        }
        return signingKey;
    }

    /**
     * The key in {@code folder}, read (or created, with a private folder, when there is none yet) the first time
     * it is needed: opening a store for reading creates nothing.
     */
    static KioskKey loadOrCreate(Path folder) {
        return new KioskKey(null, Optional.of(folder.toAbsolutePath()));
    }

    private synchronized void load() {
        if (privateKey == null) {
            use(read(folder.orElseThrow()));
        }
    }

    private static KeyPair read(Path folder) {
        Path home = PrivateFiles.folder(folder);
        Path privateFile = home.resolve(PRIVATE_FILE);
        Path publicFile = home.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new KeyPair(publicKey, privateKey);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            // Public half first: a kill between the two leaves no private key without its public half.
            PrivateFiles.writeAtomically(publicFile, pair.getPublic().getEncoded());
            PrivateFiles.writeAtomically(privateFile, pair.getPrivate().getEncoded());
            return pair;
        } catch (IOException e) {
            throw new StoreException("cannot read or create this kiosk's signing key in " + home + ": "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new StoreException("this kiosk's signing key in " + home + " is damaged; move " + PRIVATE_FILE
                    + " and " + PUBLIC_FILE + " aside and start again, or ask your administrator", e);
        }
    }

    /** A key that lives only as long as this process (a store opened without a key folder, in tests). */
    static KioskKey ephemeral() {
        try {
            return new KioskKey(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair(), Optional.empty());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /** Hex SHA-256 of the public key's X.509 encoding in base64: how the record names the key. */
    String keyId() {
        load();
        return keyId;
    }

    String publicKeyText() {
        load();
        return publicText;
    }

    /** The key folder, when the key is kept on disk. */
    Optional<Path> folder() {
        return folder;
    }

    /** Base64 Ed25519 signature of the UTF-8 bytes of {@code text}. */
    String sign(String text) {
        return signingKey().sign(text);
    }

    /**
     * True when {@code signature} (base64) is {@code key}'s signature of {@code text}; false for any garbage. One
     * check, with the JDK's own Ed25519 (the kiosk's remembered head at start-up: nothing more to load).
     */
    static boolean verify(PublicKey key, String text, String signature) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** As {@link #verify(PublicKey, String, String)}, as one of verify's many checks ({@link Ed25519Check#inBulk}). */
    static boolean verifyOneOfMany(Ed25519PublicKeyParameters key, String text, String signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Ed25519Check.inBulk(key, text.getBytes(StandardCharsets.UTF_8), signatureBytes);
    }

    PublicKey publicKey() {
        load();
        return publicKey;
    }

    /** A registered public key from its base64 text; empty when it is not one. */
    static Optional<Ed25519PublicKeyParameters> parsePublic(String text) {
        try {
            return Optional.of((Ed25519PublicKeyParameters) PublicKeyFactory.createKey(
                    Base64.getDecoder().decode(text)));
        } catch (IOException | RuntimeException e) {
            // Anything that is not the X.509 encoding of an Ed25519 key (BC throws several unchecked kinds).
            return Optional.empty();
        }
    }

    private static String encoded(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
