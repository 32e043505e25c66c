package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PostgreSQL's binary COPY format read from hand-made streams, cut into chunks anywhere. */
class BinaryCopyTest {
    private static final String DETAIL = "Patientin: „zu fest“ – Müller · 肩 · 😀";

    /** Three rows (int8, int4, text, text): one with NULLs, negative and extreme numbers; then the end marker. */
    private static byte[] threeRows() throws IOException {
        Stream stream = new Stream().header(4);
        stream.row(4).int8(Long.MAX_VALUE).int4(Integer.MIN_VALUE).text(DETAIL).nul();
        stream.row(4).int8(-1).nul().nul().text("");
        stream.row(4).int8(Long.MIN_VALUE).int4(-7).text("plain").text("TIMER");
        return stream.end();
    }

    @ParameterizedTest(name = "chunks of {0} bytes")
    @ValueSource(ints = {1, 2, 3, 7, 13, 1000})
    void rowsReadTheSameHoweverTheStreamIsCut(int chunkSize) throws Exception {
        BinaryCopy copy = new BinaryCopy(chunks(threeRows(), chunkSize));

        assertThat(copy.row(4)).isTrue();
        assertThat(copy.int8()).isEqualTo(Long.MAX_VALUE);
        assertThat(copy.int4()).isEqualTo(Integer.MIN_VALUE);
        assertThat(copy.text()).isEqualTo(DETAIL);
        assertThat(copy.text()).isNull();

        assertThat(copy.row(4)).isTrue();
        assertThat(copy.int8()).isEqualTo(-1);
        assertThat(copy.int4()).as("a NULL number reads as 0, as JDBC's getInt").isZero();
        assertThat(copy.text()).isNull();
        assertThat(copy.text()).isEmpty();

        assertThat(copy.row(4)).isTrue();
        assertThat(copy.int8()).isEqualTo(Long.MIN_VALUE);
        assertThat(copy.int4()).isEqualTo(-7);
        assertThat(copy.text()).isEqualTo("plain");
        assertThat(copy.text()).isEqualTo("TIMER");

        assertThat(copy.row(4)).isFalse();
        assertThat(copy.row(4)).as("still at the end").isFalse();
    }

    @Test
    void anEmptyResultIsTheHeaderAndTheEndMarker() throws Exception {
        assertThat(new BinaryCopy(chunks(new Stream().header(0).end(), 5)).row(12)).isFalse();
    }

    @ParameterizedTest(name = "cut {0} bytes before the end")
    @ValueSource(ints = {1, 2, 3, 5, 9, 30})
    void aTruncatedStreamIsAClearError(int cut) throws Exception {
        byte[] whole = threeRows();
        BinaryCopy copy = new BinaryCopy(chunks(Arrays.copyOf(whole, whole.length - cut), 4));
        assertThatThrownBy(() -> readAll(copy)).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("the binary COPY stream ended in the middle of")
                .hasMessageContaining("bytes short, before its end marker");
    }

    @Test
    void aStreamEndingInsideTheHeaderIsAClearError() {
        BinaryCopy copy = new BinaryCopy(chunks("PGCOPY".getBytes(StandardCharsets.US_ASCII), 100));
        assertThatThrownBy(() -> copy.row(12)).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("the binary COPY stream ended in the middle of the header");
    }

    @Test
    void textCopyIsRefused() {
        BinaryCopy copy = new BinaryCopy(chunks("1\t0\tSESSION_STARTED\t0\t0\t0\n\\.\n"
                .getBytes(StandardCharsets.US_ASCII), 100));
        assertThatThrownBy(() -> copy.row(12)).isInstanceOf(SQLException.class)
                .hasMessageContaining("does not start with the binary COPY signature");
    }

    @Test
    void aRowOfAnotherShapeIsRefused() throws Exception {
        Stream stream = new Stream().header(0);
        stream.row(1).int4(3);
        BinaryCopy copy = new BinaryCopy(chunks(stream.end(), 100));
        assertThatThrownBy(() -> copy.row(12)).isInstanceOf(SQLException.class)
                .hasMessage("a row of 1 fields in the binary COPY stream, where 12 were asked for");
    }

    @Test
    void aNumberOfAnotherSizeIsRefused() throws Exception {
        Stream stream = new Stream().header(0);
        stream.row(1).int4(3);
        BinaryCopy copy = new BinaryCopy(chunks(stream.end(), 100));
        assertThat(copy.row(1)).isTrue();
        assertThatThrownBy(copy::int8).isInstanceOf(SQLException.class)
                .hasMessage("a field of 4 bytes in the binary COPY stream, where an int8 was expected");
    }

    @Test
    void dataAfterTheEndMarkerIsRefused() throws Exception {
        byte[] whole = new Stream().header(0).end();
        byte[] more = Arrays.copyOf(whole, whole.length + 3);
        BinaryCopy copy = new BinaryCopy(chunks(more, 100));
        assertThatThrownBy(() -> copy.row(1)).isInstanceOf(SQLException.class)
                .hasMessage("3 bytes after the end of the binary COPY data");
    }

    @Test
    void theSourcesOwnErrorComesThroughAsItIs() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        BinaryCopy copy = new BinaryCopy(() -> {
            throw closed;
        });
        assertThatThrownBy(() -> copy.row(12)).isSameAs(closed);
    }

    private static void readAll(BinaryCopy copy) throws SQLException {
        while (copy.row(4)) {
            copy.int8();
            copy.int4();
            copy.text();
            copy.text();
        }
    }

    private static BinaryCopy.Chunks chunks(byte[] bytes, int size) {
        Deque<byte[]> pieces = new ArrayDeque<>();
        for (int from = 0; from < bytes.length; from += size) {
            pieces.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + size)));
        }
        return pieces::poll;
    }

    /** Writes the format as PostgreSQL does (big-endian, UTF-8 text). */
    private static final class Stream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Stream header(int extension) throws IOException {
            out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(extension);
            out.write(new byte[extension]);
            return this;
        }

        Stream row(int fields) throws IOException {
            out.writeShort(fields);
            return this;
        }

        Stream int8(long value) throws IOException {
            out.writeInt(8);
            out.writeLong(value);
            return this;
        }

        Stream int4(int value) throws IOException {
            out.writeInt(4);
            out.writeInt(value);
            return this;
        }

        Stream text(String value) throws IOException {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
            return this;
        }

        Stream nul() throws IOException {
            out.writeInt(-1);
            return this;
        }

        byte[] end() throws IOException {
            out.writeShort(-1);
            out.flush();
            return bytes.toByteArray();
        }
    }
}
