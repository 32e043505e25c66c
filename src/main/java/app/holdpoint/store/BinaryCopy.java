package app.holdpoint.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary COPY format from the chunks the driver hands over: the signature
 * {@code PGCOPY\n\377\r\n\0}, int32 flags, int32 header-extension length and that many bytes; then per row an int16
 * field count (-1 ends the data), per field an int32 length (-1 for NULL) and that many bytes, all big-endian.
 * A row may span chunks. Only the types the walk reads are decoded: int8, int4 and text (varchar, char) as UTF-8.
 * A NULL number reads as 0, as JDBC's {@code getLong} gives it.
 * <pre>{@code while (copy.row(3)) { long id = copy.int8(); int seq = copy.int4(); String text = copy.text(); }}</pre>
 * A stream that is not binary COPY, ends early or has a row of another shape is a {@link SQLException} that says
 * so; errors of the source (a closed connection, a server error) come through as they are. Not thread-safe.
 */
final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int WITH_OIDS = 1 << 16;

    /** The stream in pieces, as {@code CopyOut.readFromCopy()} gives it: {@code null} once it has ended. */
    interface Chunks {
        byte[] next() throws SQLException;
    }

    private final Chunks chunks;
    private byte[] buffer = new byte[0];
    private int position;
    private boolean started;
    private boolean ended;
    private int fieldsLeft;

    BinaryCopy(Chunks chunks) {
        this.chunks = chunks;
    }

    /**
     * Moves to the next row, which must have {@code fields} fields; false at the end of the data (the stream is
     * then read to its end, which completes the COPY on the connection).
     */
    boolean row(int fields) throws SQLException {
        if (!started) {
            header();
            started = true;
        }
        if (ended) {
            return false;
        }
        if (fieldsLeft != 0) {
            throw new IllegalStateException(fieldsLeft + " field(s) of the row before were not read");
        }
        need(2, "a row's field count");
        int count = (short) ((buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF);
        position += 2;
        if (count == -1) {
            ended = true;
            finish();
            return false;
        }
        if (count != fields) {
            throw new SQLException("a row of " + count + " fields in the binary COPY stream, where " + fields
                    + " were asked for");
        }
        fieldsLeft = count;
        return true;
    }

    /** The next field as an int8 (bigint); 0 when NULL. */
    long int8() throws SQLException {
        int length = field(8, "an int8");
        if (length < 0) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | buffer[position + i] & 0xFF;
        }
        position += 8;
        return value;
    }

    /** The next field as an int4 (integer); 0 when NULL. */
    int int4() throws SQLException {
        int length = field(4, "an int4");
        if (length < 0) {
            return 0;
        }
        return readInt();
    }

    /** The next field as text (text, varchar, char as stored, with its padding); null when NULL. */
    String text() throws SQLException {
        int length = field(-1, "a text");
        if (length < 0) {
            return null;
        }
        // Decoding UTF-8 that is all ASCII (nearly every field) is a copy.
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** Reads a field's length and makes its bytes available; -1 for NULL. {@code size} -1 is any size. */
    private int field(int size, String what) throws SQLException {
        if (fieldsLeft <= 0) {
            throw new IllegalStateException("no field left in this row");
        }
        fieldsLeft--;
        need(4, "a field's length");
        int length = readInt();
        if (length == -1) {
            return -1;
        }
        if (length < 0 || size >= 0 && length != size) {
            throw new SQLException("a field of " + length + " bytes in the binary COPY stream, where " + what
                    + " was expected");
        }
        need(length, what + " of " + length + " bytes");
        return length;
    }

    private void header() throws SQLException {
        need(SIGNATURE.length + 8, "the header");
        if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new SQLException("the COPY stream does not start with the binary COPY signature (not FORMAT"
                    + " binary?)");
        }
        position += SIGNATURE.length;
        int flags = readInt();
        if ((flags & WITH_OIDS) != 0) {
            throw new SQLException("the binary COPY stream carries row OIDs, which were not asked for");
        }
        int extension = readInt();
        if (extension < 0) {
            throw new SQLException("a binary COPY header extension of " + extension + " bytes");
        }
        need(extension, "the header extension");
        position += extension;
    }

    /** After the end marker: the stream must end there. */
    private void finish() throws SQLException {
        int extra = buffer.length - position;
        for (byte[] chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            extra += chunk.length;
        }
        if (extra > 0) {
            throw new SQLException(extra + " bytes after the end of the binary COPY data");
        }
    }

    private int readInt() {
        int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    /** Makes {@code count} bytes available from {@code position}, joining chunks when a value spans them. */
    private void need(int count, String what) throws SQLException {
        while (buffer.length - position < count) {
            byte[] chunk = chunks.next();
            if (chunk == null) {
                throw new SQLException("the binary COPY stream ended in the middle of " + what + " ("
                        + (count - (buffer.length - position)) + " bytes short, before its end marker)");
            }
            int left = buffer.length - position;
            if (left == 0) {
                buffer = chunk;
            } else {
                byte[] joined = Arrays.copyOfRange(buffer, position, position + left + chunk.length);
                System.arraycopy(chunk, 0, joined, left, chunk.length);
                buffer = joined;
            }
            position = 0;
        }
    }
}
