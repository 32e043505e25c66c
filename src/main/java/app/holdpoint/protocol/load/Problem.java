package app.holdpoint.protocol.load;

import java.util.List;
import java.util.Locale;

/**
 * A located problem in a protocol or catalog file: {@code file:line:col: message}. The problem is kept as a key
 * and its arguments, and worded when shown: {@link #message()} and {@link #toString()} in English (logs, tests),
 * {@link #message(Locale)} and {@link #toString(Locale)} in the reader's language. The words of each language have
 * one source, the shared bundle {@code app/holdpoint/protocol/load/problems.properties} (English) and
 * {@code problems_de.properties} (German), read by {@link ProblemText} for the command line and the kiosk alike.
 *
 * @param key       a key of that bundle (one of {@code ProblemKey})
 * @param arguments the pattern's {@code {0}}, {@code {1}}, ...: text as the file writes it (field names, allowed
 *                  words, values, the YAML parser's own words), or {@link Words} worded in the same language
 */
public record Problem(String file, int line, int column, Severity severity, String key, List<Object> arguments) {

    public enum Severity { ERROR, WARNING }

    /** A fragment worded in the reader's language, e.g. how a value is described ("a list") or a hint. */
    public record Words(String key, List<Object> arguments) {
        public Words {
            arguments = List.copyOf(arguments);
        }
    }

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The English message. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** The message in German for a German locale, else in English. */
    public String message(Locale locale) {
        return ProblemText.of(locale).format(key, arguments);
    }

    /** {@code file:line:col: message} in English, as logs and {@code validate} in English print it. */
    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }

    /** {@code file:line:col: message}, a warning marked as one, in German for a German locale, else in English. */
    public String toString(Locale locale) {
        ProblemText words = ProblemText.of(locale);
        String message = words.format(key, arguments);
        return file + ":" + line + ":" + column + ": "
                + (isError() ? message : words.format(ProblemKey.LINE_WARNING.key(), List.of(message)));
    }
}
