package app.holdpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void knownDigestsInLowerCaseHex() {
        assertThat(Sha256.hex("")).isEqualTo(EMPTY);
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("Grüße")).isEqualTo(Sha256.hex("Grüße".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hex("Grüße".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aFileIsHashedAsItsBytesAcrossSeveralReads(@TempDir Path folder) throws IOException {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(folder.resolve("big.bin"), bytes);
        assertThat(Sha256.hex(file)).isEqualTo(Sha256.hex(bytes));
        assertThat(Sha256.hex(Files.write(folder.resolve("abc"), "abc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ABC);
    }

    @Test
    void eachDigestIsFresh() {
        var first = Sha256.newDigest();
        first.update((byte) 1);
        assertThat(Sha256.newDigest()).isNotSameAs(first);
        assertThat(HexFormat.of().formatHex(Sha256.newDigest().digest())).isEqualTo(EMPTY);
    }
}
