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
    private final Object what;
    private final String path;
    private final Problems problems;
    private final List<Citation> citations;
    private List<String> stepSources = List.of();

    /**
     * @param what      how messages name this map: a step kind or field as written ("compression"), or
     *                  {@link Problem.Words} ("the protocol")
     * @param path      where citations say numbers stand, e.g. "steps[2]"
     * @param citations where numbers' sources are collected
     */
    FieldReader(YamlNode.Mapping map, Object what, String path, Problems problems, List<Citation> citations) {
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
                problems.error(entry.keyLine(), entry.keyColumn(), ProblemKey.FIELD_UNKNOWN, entry.key(), what,
                        DidYouMean.words(entry.key(), allowed));
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

    /** @param expected what the field holds: {@link Problem.Words}, or allowed words as written */
    void missing(String key, Object expected) {
        problems.error(map, ProblemKey.FIELD_MISSING, what, key, expected);
    }

    Optional<String> optionalText(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
            warnIfCutOff(scalar);
            return Optional.of(scalar.text().strip());
        }
        problems.error(node.get(), ProblemKey.FIELD_TEXT, key, node.get().described());
        return Optional.empty();
    }

    /**
     * Free text written unquoted loses whatever follows {@code  #} on its line; the screen would show less than
     * the file does. Words, numbers and durations are not free text, so a comment after them is only a comment.
     */
    static void warnIfCutOff(YamlNode.Scalar scalar, Problems problems) {
        if (!scalar.cutOff().isEmpty()) {
            problems.warning(scalar.line(), scalar.column(), ProblemKey.FIELD_CUT_OFF,
                    YamlNode.abbreviate(scalar.text().strip()), YamlNode.abbreviate(scalar.cutOff()));
        }
    }

    private void warnIfCutOff(YamlNode.Scalar scalar) {
        warnIfCutOff(scalar, problems);
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            missing(key, ProblemKey.EXPECT_TEXT.words());
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
        problems.error(node.get(), ProblemKey.FIELD_MAP, key, node.get().described());
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
        problems.error(node.get(), ProblemKey.FIELD_LIST, key, node.get().described());
        return Optional.empty();
    }

    /** A required duration; {@code Duration.ZERO} after reporting a problem. */
    Duration duration(String key) {
        if (!has(key)) {
            missing(key, ProblemKey.EXPECT_DURATION.words());
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
            problems.error(node, ProblemKey.FIELD_DURATION, key, node.described(), "");
            return Optional.empty();
        }
        Tagged tagged = untag(scalar, key);
        Optional<Duration> parsed = Durations.parse(tagged.value);
        if (parsed.isEmpty()) {
            problems.error(node, ProblemKey.FIELD_DURATION, key, YamlNode.quoted(tagged.value),
                    durationHint(tagged.value));
            return Optional.empty();
        }
        Duration duration = parsed.get();
        if (duration.isZero()) {
            problems.error(node, ProblemKey.FIELD_ZERO, key, tagged.value);
            return Optional.empty();
        }
        if (duration.compareTo(Durations.LONGEST) > 0) {
            problems.error(node, ProblemKey.FIELD_TOO_LONG, key, tagged.value);
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
                missing(key, ProblemKey.EXPECT_COUNT.words(String.valueOf(min), String.valueOf(max)));
                return -1;
            }
            return fallback;
        }
        YamlNode node = found.get();
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
            problems.error(node, ProblemKey.FIELD_COUNT, key, String.valueOf(min), String.valueOf(max),
                    node.described(), "");
            return -1;
        }
        Tagged tagged = cited ? untag(scalar, key) : new Tagged(scalar.text().strip(), List.of(), false);
        int value;
        try {
            value = Integer.parseInt(asciiDigits(tagged.value));
        } catch (NumberFormatException e) {
            problems.error(node, ProblemKey.FIELD_COUNT, key, String.valueOf(min), String.valueOf(max),
                    YamlNode.quoted(tagged.value), digitsHint(tagged.value));
            return -1;
        }
        if (value < min || value > max) {
            problems.error(node, ProblemKey.FIELD_RANGE, key, String.valueOf(min), String.valueOf(max),
                    String.valueOf(value));
            return -1;
        }
        if (cited) {
            cite(scalar, key, tagged);
        }
        return value;
    }

    /** yes or no, in any letter case; true and false are read the same way. Every yes/no field reads this. */
    static Optional<Boolean> yesNoWord(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(true);
            case "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The yes/no answer a node holds, or empty after reporting {@code what} (as written) must be yes or no. */
    static Optional<Boolean> yesNo(YamlNode node, String what, Problems problems) {
        Optional<Boolean> answer = node instanceof YamlNode.Scalar scalar && !scalar.isNull()
                ? yesNoWord(scalar.text()) : Optional.empty();
        if (answer.isEmpty()) {
            problems.error(node, ProblemKey.FIELD_YES_NO, what, node.described());
        }
        return answer;
    }

    Optional<Boolean> optionalYesNo(String key) {
        return node(key).flatMap(node -> yesNo(node, key, problems));
    }

    boolean yesNo(String key, boolean fallback) {
        return optionalYesNo(key).orElse(fallback);
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
        problems.error(found.get(), ProblemKey.FIELD_ONE_OF, key, String.join(", ", words), found.get().described(),
                DidYouMean.words(got, words));
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
                        problems.error(item, ProblemKey.FIELD_SOURCES, key, YamlNode.quoted(candidate));
                    }
                }
            } else {
                problems.error(item, ProblemKey.FIELD_SOURCES, key, item.described());
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
                problems.error(scalar, ProblemKey.FIELD_TAG, key, YamlNode.abbreviate(tag));
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
            problems.warning(scalar.line(), scalar.column(), ProblemKey.FIELD_UNSOURCED, key, tagged.value);
        }
    }

    /**
     * Why text that is not a duration was refused, after "got '...'": a clock face like {@code 1:30} gets its
     * duration ({@code 1m30s}), a digit outside 0-9 is named; "" when nothing helps.
     */
    static Object durationHint(String text) {
        Object digits = digitsHint(text);
        if (!"".equals(digits)) {
            return digits;
        }
        return Durations.clockFace(text).<Object>map(d -> ProblemKey.HINT_CLOCK.words(Durations.format(d),
                text.strip())).orElse("");
    }

    /** "; write digits as 0-9 ('３' is not one)" when the text holds a digit of another script, else "". */
    static Object digitsHint(String text) {
        return Durations.foreignDigit(text).<Object>map(digit -> ProblemKey.HINT_DIGITS.words(digit)).orElse("");
    }

    /** Only 0-9 are digits in a protocol file; Java would otherwise read other scripts' digits too. */
    private static String asciiDigits(String text) {
        if (!text.matches("[0-9]{1,9}")) {
            throw new NumberFormatException(text);
        }
        return text;
    }

    private static boolean isSourceTag(String text) {
        return SOURCE_KEY.matcher(text).matches() || text.equalsIgnoreCase(DEFAULT_TAG);
    }

    private static String normalise(String tag) {
        return tag.equalsIgnoreCase(DEFAULT_TAG) ? DEFAULT_TAG : tag;
    }
}
