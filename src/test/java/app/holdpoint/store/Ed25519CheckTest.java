package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.Test;

/**
 * libsodium and Bouncy Castle give the same verdict on what a kiosk signs and on every kind of tampering with it;
 * and where the system has libsodium (CI installs it), the checks go through it.
 */
class Ed25519CheckTest {
    private static final String SEAL_HASH = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @Test
    void onASystemWithLibsodiumVerifyChecksThroughIt() {
        boolean systemHasIt = Stream.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
                "/usr/lib/aarch64-linux-gnu").map(Path::of).filter(Files::isDirectory).anyMatch(folder -> {
                    try (Stream<Path> files = Files.list(folder)) {
                        return files.anyMatch(f -> f.getFileName().toString().startsWith("libsodium.so"));
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
        assertThat(Ed25519Check.bulkImplementation()).isEqualTo(systemHasIt ? "libsodium" : "Bouncy Castle");
    }

    @Test
    void bothImplementationsAgreeOnGoodAndTamperedSignatures() {
        KioskKey key = KioskKey.ephemeral();
        Ed25519PublicKeyParameters own = KioskKey.parsePublic(key.publicKeyText()).orElseThrow();
        Ed25519PublicKeyParameters other = KioskKey.parsePublic(KioskKey.ephemeral().publicKeyText()).orElseThrow();
        byte[] message = SEAL_HASH.getBytes(StandardCharsets.UTF_8);
        byte[] signature = Base64.getDecoder().decode(key.sign(SEAL_HASH));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        byte[] otherMessage = SEAL_HASH.replace('2', '3').getBytes(StandardCharsets.UTF_8);

        assertThat(verdicts(own, message, signature)).containsExactly(true, true);
        assertThat(verdicts(own, message, flipped)).containsExactly(false, false);
        assertThat(verdicts(own, otherMessage, signature)).containsExactly(false, false);
        assertThat(verdicts(other, message, signature)).containsExactly(false, false);
        assertThat(verdicts(own, message, new byte[64])).containsExactly(false, false);
    }

    private static boolean[] verdicts(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        return new boolean[] {Ed25519Check.inBulk(key, message, signature), Ed25519Check.withBouncyCastle(key, message, signature)};
    }
}
