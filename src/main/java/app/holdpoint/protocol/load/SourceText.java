package app.holdpoint.protocol.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as strict UTF-8 text of bounded size, or says why it cannot. */
final class SourceText {
    /** Protocol and catalog files are kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 1024 * 1024;

    private SourceText() {
    }

    /** The text, or null after reporting the problem. */
    static String read(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(1, 1, ProblemKey.FILE_TOO_LARGE, String.valueOf(size / 1024));
                return null;
            }
            return decode(Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.error(1, 1, ProblemKey.FILE_UNREADABLE, String.valueOf(e.getMessage()));
            return null;
        }
    }

    static String decode(byte[] bytes, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.error(lineOf(text, nul), 1, ProblemKey.FILE_BINARY);
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.error(lineOfFirstBadByte(bytes), 1, ProblemKey.FILE_NOT_UTF8);
            return null;
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3
                    : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }
}
