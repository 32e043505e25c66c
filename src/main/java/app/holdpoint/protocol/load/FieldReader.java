package app.holdpoint.protocol.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.holdpoint.protocol.Citation;
import app.holdpoint.protocol.Durations;

/**
 * Reads the fields of one YAML map, reporting each problem with its location and carrying on, so one pass
 * finds every mistake in a file. Numbers are read with their source tags ({@code 90s [S2]}).
 */
final class FieldReader {
    private static final Pattern TAGGED = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)]\\s*$", Pattern.DOTALL);
    private static final Pattern SOURCE_KEY = Pattern.compile("S[1-9]\\d{0,2}");
    static final String DEFAULT_TAG = "DEFAULT";

    private final YamlNode.Mapping map;
    private final String what;
    private final String path;
    private final Problems problems;
    private final List<Citation> citations;
    private List<String> stepSources = List.of();

    /**
     * @param what      how messages name this map, e.g. "compression" or "the protocol"
     * @param path      where citations say numbers stand, e.g. "steps[2]"
     * @param citations where numbers' sources are collected
     */
    FieldReader(YamlNode.Mapping map, String what, String path, Problems problems, List<Citation> citations) {
        this.map = map;
        this.what = what;
        this.path = path;
        this.problems = problems;
        this.citations = citations;
    }

    YamlNode.Mapping map() {
        return map;
    }

    Problems problems() {
        return problems;
    }

    /** A reader for a map nested in this one, sharing its problems, citations and step sources. */
    FieldReader nested(YamlNode.Mapping child, String key) {
        FieldReader reader = new FieldReader(child, key, path + "." + key, problems, citations);
        reader.stepSources = stepSources;
        return reader;
    }

    /** Reports every key that is not allowed here, with the closest allowed one. */
    void allowOnly(Set<String> allowed) {
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.error(entry.keyLine(), entry.keyColumn(), "unknown field '" + entry.key() + "' in "
                        + what + DidYouMean.hint(entry.key(), allowed));
            }
        }
    }

    /** A step's {@code source:} covers its untagged numbers; read it before the numbers. */
    void readStepSources() {
        node("source").ifPresent(node -> stepSources = sourceKeys(node, "source"));
    }

    Optional<YamlNode> node(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return Optional.ofNullable(entry).map(YamlNode.Entry::value);
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    void missing(String key, String expected) {
        problems.error(map, what + " needs '" + key + "' (" + expected + ")");
    }

    Optional<String> optionalText(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
            return Optional.of(scalar.text().strip());
        }
        problems.error(node.get(), key + " must be text, got " + node.get().describe());
        return Optional.empty();
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            missing(key, "text");
            return fallback;
        }
        return optionalText(key).orElse(fallback);
    }

    Optional<YamlNode.Mapping> optionalMap(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        problems.error(node.get(), key + " must be a map of settings, got " + node.get().describe());
        return Optional.empty();
    }

    Optional<YamlNode.Sequence> optionalList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence);
        }
        problems.error(node.get(), key + " must be a list, got " + node.get().describe());
        return Optional.empty();
    }

    /** A required duration; {@code Duration.ZERO} after reporting a problem. */
    Duration duration(String key) {
        if (!has(key)) {
            missing(key, "a duration like 60s");
            return Duration.ZERO;
        }
        return optionalDuration(key).orElse(Duration.ZERO);
    }

    Optional<Duration> optionalDuration(String key) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlNode node = found.get();
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.error(node, key + " must be a duration like 60s, got " + node.describe());
            return Optional.empty();
        }
        Tagged tagged = untag(scalar, key);
        Optional<Duration> parsed = Durations.parse(tagged.value);
        if (parsed.isEmpty()) {
            problems.error(node, key + " must be a duration like 60s, got '" + YamlNode.abbreviate(tagged.value)
                    + "'");
            return Optional.empty();
        }
        Duration duration = parsed.get();
        if (duration.isZero()) {
            problems.error(node, key + " must be longer than zero, got '" + tagged.value + "'");
            return Optional.empty();
        }
        if (duration.compareTo(Durations.LONGEST) > 0) {
            problems.error(node, key + " must be at most 2h, got '" + tagged.value + "'");
            return Optional.empty();
        }
        cite(scalar, key, tagged);
        return Optional.of(duration);
    }

    /** A whole number in [min, max] that shapes a session, so needs a source; see {@link #count(String, int, int, Integer, boolean)}. */
    int count(String key, int min, int max, Integer fallback) {
        return count(key, min, max, fallback, true);
    }

    /**
     * A whole number in [min, max]; {@code fallback} when absent (or -1 after reporting a problem).
     * {@code cited} numbers shape the session and must carry a source; others (a version) must not.
     */
    int count(String key, int min, int max, Integer fallback, boolean cited) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            if (fallback == null) {
                missing(key, "a whole number from " + min + " to " + max);
                return -1;
            }
            return fallback;
        }
        YamlNode node = found.get();
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.error(node, key + " must be a whole number from " + min + " to " + max + ", got "
                    + node.describe());
            return -1;
        }
        Tagged tagged = cited ? untag(scalar, key) : new Tagged(scalar.text().strip(), List.of(), false);
        int value;
        try {
            value = Integer.parseInt(tagged.value);
        } catch (NumberFormatException e) {
            problems.error(node, key + " must be a whole number from " + min + " to " + max + ", got '"
                    + YamlNode.abbreviate(tagged.value) + "'");
            return -1;
        }
        if (value < min || value > max) {
            problems.error(node, key + " must be from " + min + " to " + max + ", got " + value);
            return -1;
        }
        if (cited) {
            cite(scalar, key, tagged);
        }
        return value;
    }

    boolean yesNo(String key, boolean fallback) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            return fallback;
        }
        if (found.get() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            switch (scalar.text().strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> {
                    return true;
                }
                case "no", "false" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        problems.error(found.get(), key + " must be yes or no, got " + found.get().describe());
        return fallback;
    }

    /** One of the given words; the first word after reporting a problem. */
    String oneOf(String key, List<String> words, String fallback) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            if (fallback == null) {
                missing(key, String.join(" | ", words));
                return words.get(0);
            }
            return fallback;
        }
        if (found.get() instanceof YamlNode.Scalar scalar && words.contains(scalar.text().strip())) {
            return scalar.text().strip();
        }
        String got = found.get() instanceof YamlNode.Scalar scalar ? scalar.text().strip() : "";
        problems.error(found.get(), key + " must be one of " + String.join(", ", words) + ", got "
                + found.get().describe() + DidYouMean.hint(got, words));
        return fallback == null ? words.get(0) : fallback;
    }

    /** Source keys written as {@code S2}, {@code [S2, S3]} or {@code DEFAULT}. */
    List<String> sourceKeys(YamlNode node, String key) {
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
        List<String> keys = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                for (String part : scalar.text().split(",")) {
                    String candidate = part.strip();
                    if (isSourceTag(candidate)) {
                        keys.add(normalise(candidate));
                    } else {
                        problems.error(item, key + " must name sources like S2 or DEFAULT, got '"
                                + YamlNode.abbreviate(candidate) + "'");
                    }
                }
            } else {
                problems.error(item, key + " must name sources like S2 or DEFAULT, got " + item.describe());
            }
        }
        return keys;
    }

    private record Tagged(String value, List<String> tags, boolean hasTag) {
    }

    private Tagged untag(YamlNode.Scalar scalar, String key) {
        Matcher m = TAGGED.matcher(scalar.text().strip());
        if (!m.matches()) {
            return new Tagged(scalar.text().strip(), List.of(), false);
        }
        List<String> tags = new ArrayList<>();
        for (String part : m.group(2).split(",")) {
            String tag = part.strip();
            if (isSourceTag(tag)) {
                tags.add(normalise(tag));
            } else {
                problems.error(scalar, key + ": '" + YamlNode.abbreviate(tag)
                        + "' is not a source; write [S2], [S2, S3] or [DEFAULT]");
            }
        }
        return new Tagged(m.group(1).strip(), tags, true);
    }

    private void cite(YamlNode.Scalar scalar, String key, Tagged tagged) {
        List<String> keys = tagged.hasTag ? tagged.tags : stepSources;
        boolean isDefault = keys.contains(DEFAULT_TAG);
        List<String> sources = keys.stream().filter(k -> !k.equals(DEFAULT_TAG)).toList();
        Citation citation = new Citation(scalar.line(), path + "." + key, tagged.value, sources, isDefault);
        citations.add(citation);
        if (citation.isUnsourced()) {
            problems.warning(scalar.line(), scalar.column(), key + " " + tagged.value
                    + " has no source; add [S..] from the clinical reference or [DEFAULT]");
        }
    }

    private static boolean isSourceTag(String text) {
        return SOURCE_KEY.matcher(text).matches() || text.equalsIgnoreCase(DEFAULT_TAG);
    }

    private static String normalise(String tag) {
        return tag.equalsIgnoreCase(DEFAULT_TAG) ? DEFAULT_TAG : tag;
    }
}
