package app.holdpoint.protocol.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line and column it starts at, so every message can point at the file. */
public sealed interface YamlNode {

    int line();

    int column();

    /** How a person would name this kind of value in a message, in English. */
    String describe();

    /** {@link #describe()} as words of the reader's language (a value itself stays as written). */
    default Problem.Words described() {
        if (this instanceof Scalar scalar) {
            return scalar.isNull() ? ProblemKey.NODE_NOTHING.words() : quoted(scalar.text());
        }
        return this instanceof Sequence ? ProblemKey.NODE_LIST.words() : ProblemKey.NODE_MAP.words();
    }

    /** A value of the file in quotes, shortened: {@code 'sixty'} in English, {@code „sixty“} in German. */
    static Problem.Words quoted(String text) {
        return ProblemKey.NODE_VALUE.words(abbreviate(text));
    }

    /**
     * A single value. {@code cutOff} is the text of a {@code  #} comment that followed it on its line when it
     * was written unquoted (YAML leaves that text out), else empty.
     */
    record Scalar(String text, boolean isNull, int line, int column, String cutOff) implements YamlNode {
        public Scalar(String text, boolean isNull, int line, int column) {
            this(text, isNull, line, column, "");
        }

        @Override
        public String describe() {
            return isNull ? "nothing" : "'" + abbreviate(text) + "'";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; keys keep file order. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a map";
        }

        public Map<String, Entry> asMap() {
            return entries;
        }
    }

    record Entry(String key, int keyLine, int keyColumn, YamlNode value) {
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }
}
