package app.holdpoint.protocol.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

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

    /** Thrown for text that is not well-formed YAML (or is too deep); carries the location. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private YamlTree() {
    }

    /** The document's root, or null for an empty document. Duplicate keys are syntax errors. */
    public static YamlNode parse(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = read(parser, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError("only one YAML document is allowed per file", line(at), column(at));
            }
            return root;
        } catch (SyntaxError e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            String hint = message.contains("flow mapping")
                    ? " (inside {...} a value with [S..] must be in quotes, or put each field on its own line)" : "";
            throw new SyntaxError("not valid YAML: " + explain(message) + hint, line(at), column(at));
        } catch (IOException | RuntimeException e) {
            // The YAML engine underneath reports some malformed input as unchecked exceptions.
            throw new SyntaxError("not valid YAML: " + firstLine(String.valueOf(e.getMessage())), 1, 1);
        }
    }

    private static YamlNode read(JsonParser parser, int depth) throws IOException, SyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw new SyntaxError("nested more than " + MAX_DEPTH + " levels deep", line(at), column(at));
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    YamlNode value = read(parser, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new SyntaxError("'" + key + "' appears twice in the same map", line(keyAt),
                                column(keyAt));
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
                return new YamlNode.Scalar(parser.getText(), false, line(at), column(at));
            }
        }
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

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
