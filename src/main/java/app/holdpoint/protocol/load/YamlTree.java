package app.holdpoint.protocol.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * Parses YAML into {@link YamlNode}s that remember where they stand. Jackson's streaming parser gives every
 * token its location; its tree model would drop them.
 */
public final class YamlTree {
    /** Protocols are a few kilobytes; nesting deeper than this is a broken or hostile file. */
    static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
            .build();

    /**
     * Thrown for text that is not well-formed YAML (or is too deep); carries the location, and the problem's key
     * and arguments (its message is the English).
     */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;
        private final transient ProblemKey key;
        private final transient Object[] arguments;

        SyntaxError(int line, int column, ProblemKey key, Object... arguments) {
            super(ProblemText.of(Locale.ENGLISH).format(key.key(), List.of(arguments)));
            this.line = line;
            this.column = column;
            this.key = key;
            this.arguments = arguments.clone();
        }

        ProblemKey key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final String[] lines;
    private final Problems problems;

    private YamlTree(String text, Problems problems) {
        this.lines = text.split("\r?\n", -1);
        this.problems = problems;
    }

    /**
     * The document's root, or null for an empty document. Duplicate keys are syntax errors. What YAML would read
     * differently from how it looks goes to {@code problems}: anchors, aliases and merge keys are refused (a
     * protocol is a clinical record, every value written out where it applies), and a comment that cuts an
     * unquoted value short is a warning.
     */
    static YamlNode parse(String text, Problems problems) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = new YamlTree(text, problems).read(parser, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError(line(at), column(at), ProblemKey.YAML_ONE_DOCUMENT);
            }
            return root;
        } catch (SyntaxError e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Object hint = message.contains("flow mapping") ? ProblemKey.HINT_FLOW.words() : "";
            // The parser's own words stay English, in a frame of the reader's language.
            throw new SyntaxError(line(at), column(at), ProblemKey.YAML_INVALID, plain(explain(message)), hint);
        } catch (IOException | RuntimeException e) {
            // The YAML engine underneath reports some malformed input as unchecked exceptions.
            throw new SyntaxError(1, 1, ProblemKey.YAML_INVALID, plain(firstLine(String.valueOf(e.getMessage()))),
                    "");
        }
    }

    private YamlNode read(JsonParser parser, int depth) throws IOException, SyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw new SyntaxError(line(at), column(at), ProblemKey.YAML_TOO_DEEP, String.valueOf(MAX_DEPTH));
        }
        JsonToken token = parser.currentToken();
        refuseReuse((YAMLParser) parser, at);
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    if (key.equals("<<")) {
                        problems.explain(line(keyAt), column(keyAt), ProblemKey.YAML_MERGE);
                    }
                    parser.nextToken();
                    YamlNode value = read(parser, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new SyntaxError(line(keyAt), column(keyAt), ProblemKey.YAML_TWICE, key);
                    }
                    entries.put(key, new YamlNode.Entry(key, line(keyAt), column(keyAt), value));
                }
                return new YamlNode.Mapping(entries, line(at), column(at));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, depth + 1));
                }
                return new YamlNode.Sequence(items, line(at), column(at));
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", true, line(at), column(at));
            }
            default -> {
                String value = parser.getText();
                String cutOff = ((YAMLParser) parser).isCurrentAlias() ? ""
                        : commentAfter(at, parser.currentLocation());
                return new YamlNode.Scalar(value, false, line(at), column(at), cutOff);
            }
        }
    }

    /**
     * YAML reads {@code *name} as a copy of the value marked {@code &name}; the file would then say one thing
     * where it is read and another where it is marked. Both are refused with their place.
     */
    private void refuseReuse(YAMLParser parser, JsonLocation at) throws IOException {
        if (parser.isCurrentAlias()) {
            String alias = parser.getText();
            problems.explain(line(at), column(at), ProblemKey.YAML_ALIAS, alias);
            return;
        }
        String parsedAnchor = parser.getObjectId();
        String anchor = parsedAnchor != null ? parsedAnchor : writtenAnchor(at);
        if (anchor != null) {
            problems.error(line(at), column(at), ProblemKey.YAML_ANCHOR, anchor);
        }
    }

    /** Jackson does not report every anchor on a plain value; the text at the value's start does. */
    private String writtenAnchor(JsonLocation at) {
        int lineIndex = line(at) - 1;
        if (lineIndex >= lines.length) {
            return null;
        }
        String line = lines[lineIndex];
        int column = column(at) - 1;
        if (column >= line.length() || line.charAt(column) != '&') {
            return null;
        }
        int end = column + 1;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && ",[]{}".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(column + 1, end);
    }

    /**
     * The comment after an unquoted value on its line ({@code label: Rest #2 before re-test} is read as "Rest"
     * and a comment "2 before re-test"), or empty. Text fields warn about it: see FieldReader.
     */
    private String commentAfter(JsonLocation start, JsonLocation end) {
        int lineIndex = line(start) - 1;
        int endLine = line(end) - 1;
        if (end == null || lineIndex >= lines.length || endLine >= lines.length) {
            return "";
        }
        String first = lines[lineIndex];
        int startColumn = column(start) - 1;
        if (startColumn >= first.length() || "\"'|>".indexOf(first.charAt(startColumn)) >= 0) {
            return "";
        }
        String last = lines[endLine];
        String rest = last.substring(Math.min(Math.max(0, column(end) - 1), last.length()));
        String stripped = rest.stripLeading();
        return stripped.startsWith("#") && stripped.length() < rest.length() ? stripped.substring(1).strip() : "";
    }

    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }

    /** Jackson's message is several lines ("while parsing ...", "expected ..., but found ..."); keep two. */
    private static String explain(String message) {
        String[] lines = message.strip().split("\n");
        StringBuilder text = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length && i < 4; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("in ") && !line.startsWith("at ") && !line.startsWith("^")) {
                text.append(": ").append(line);
                break;
            }
        }
        return text.toString();
    }

    private static final Pattern EVENT =
            Pattern.compile("<?\\b(?:org|com|java|javax)\\.[\\w.$]+(?:\\([^)]*\\))?>?");

    /** The YAML engine's words for what it found, in a protocol author's terms; never a Java class name. */
    static String plain(String message) {
        if (message.startsWith("Expected a field name")) {
            return "a key must be a single word like 'label', not " + thing(message);
        }
        String text = message.replaceAll("\\(Do not use (.+) for indentation\\)",
                "(a value cannot start with $1; put the value in quotes)");
        Matcher m = EVENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(thing(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String thing(String javaText) {
        if (javaText.contains("SequenceStart")) {
            return "a list";
        }
        if (javaText.contains("MappingStart")) {
            return "a map";
        }
        if (javaText.contains("Alias")) {
            return "an alias";
        }
        if (javaText.contains("Scalar")) {
            return "a value";
        }
        return "something else";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
