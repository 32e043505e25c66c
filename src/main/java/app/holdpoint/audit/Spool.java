package app.holdpoint.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a list's text until the list is complete, so a read that fails half-way leaves nothing on the output
 * (never a lone {@code [} or half a CSV that a script would take for the answer). Kept in memory up to
 * {@link #IN_MEMORY} characters, then in a temporary file, so a million rows do not fill the heap.
 */
final class Spool extends Writer {
    /** About 8 MB of text in memory (some 25,000 sessions) before it moves to a file. */
    static final int IN_MEMORY = 4 << 20;

    private final int limit;
    private StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer spill;

    Spool() {
        this(IN_MEMORY);
    }

    Spool(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        if (spill == null && memory.length() + length > limit) {
            file = Files.createTempFile("holdpoint-list-", ".txt");
            file.toFile().deleteOnExit();
            spill = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            spill.write(memory.toString());
            memory = null;
        }
        if (spill != null) {
            spill.write(text, offset, length);
        } else {
            memory.append(text, offset, length);
        }
    }

    /** Copies everything held to {@code out}, then lets go of it. */
    void copyTo(Writer out) {
        try {
            if (spill == null) {
                out.write(memory.toString());
            } else {
                spill.close();
                try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                    in.transferTo(out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard();
        }
    }

    /** Drops what is held (the list failed). */
    void discard() {
        memory = new StringBuilder();
        try {
            if (spill != null) {
                spill.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A temporary file the JVM deletes on exit anyway.
        }
        spill = null;
    }

    @Override
    public void flush() {
        // Nothing goes out before copyTo.
    }

    @Override
    public void close() {
        // Closed by copyTo or discard.
    }

    /** For tests: the text held so far. */
    String held() throws IOException {
        if (spill == null) {
            return memory.toString();
        }
        spill.flush();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
