package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk key signs and checks with Bouncy Castle but keeps the JDK's key files and encodings, so a key made
 * and a record signed before that change stay valid: Ed25519 (RFC 8032) is deterministic, and both must give the
 * same signature bytes for the same key and text.
 */
class KioskKeyTest {
    private static final String SEAL_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void signsExactlyAsTheJdkDoesWithTheKeyFilesItWrote(@TempDir Path folder) throws Exception {
        KioskKey key = KioskKey.loadOrCreate(folder);
        String signed = key.sign(SEAL_HASH);

        PrivateKey jdkPrivate = KeyFactory.getInstance("Ed25519").generatePrivate(
                new PKCS8EncodedKeySpec(Files.readAllBytes(folder.resolve(KioskKey.PRIVATE_FILE))));
        java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
        jdk.initSign(jdkPrivate);
        jdk.update(SEAL_HASH.getBytes(StandardCharsets.UTF_8));
        assertThat(signed).isEqualTo(Base64.getEncoder().encodeToString(jdk.sign()));
    }

    @Test
    void aKeyReadBackFromItsFilesChecksWhatItSignedAndNothingElse(@TempDir Path folder) {
        String signed = KioskKey.loadOrCreate(folder).sign(SEAL_HASH);
        KioskKey reread = KioskKey.loadOrCreate(folder);
        var registered = KioskKey.parsePublic(reread.publicKeyText()).orElseThrow();
        var otherKiosk = KioskKey.ephemeral();

        // One check (the JDK's) and one of verify's many (libsodium or Bouncy Castle): the same verdicts.
        assertThat(KioskKey.verify(reread.publicKey(), SEAL_HASH, signed)).isTrue();
        assertThat(KioskKey.verifyOneOfMany(registered, SEAL_HASH, signed)).isTrue();
        assertThat(KioskKey.verify(reread.publicKey(), SEAL_HASH.replace('9', '8'), signed)).isFalse();
        assertThat(KioskKey.verifyOneOfMany(registered, SEAL_HASH.replace('9', '8'), signed)).isFalse();
        assertThat(KioskKey.verify(otherKiosk.publicKey(), SEAL_HASH, signed)).isFalse();
        assertThat(KioskKey.verifyOneOfMany(KioskKey.parsePublic(otherKiosk.publicKeyText()).orElseThrow(), SEAL_HASH,
                signed)).isFalse();
        for (String garbage : new String[] {"not base64 at all!", Base64.getEncoder().encodeToString(new byte[10])}) {
            assertThat(KioskKey.verify(reread.publicKey(), SEAL_HASH, garbage)).isFalse();
            assertThat(KioskKey.verifyOneOfMany(registered, SEAL_HASH, garbage)).isFalse();
        }
    }

    @Test
    void aRegisteredKeyThatIsNotAnEd25519PublicKeyIsNoKey() {
        assertThat(KioskKey.parsePublic("")).isEmpty();
        assertThat(KioskKey.parsePublic("%%%")).isEmpty();
        assertThat(KioskKey.parsePublic(Base64.getEncoder().encodeToString(new byte[44]))).isEmpty();
        assertThat(KioskKey.parsePublic(null)).isEmpty();
        assertThat(KioskKey.parsePublic(KioskKey.ephemeral().publicKeyText())).isPresent();
    }
}
