package app.holdpoint.protocol.load;

import java.util.List;

/**
 * Every sentence and fragment the loader words problems with: a key of {@code problems.properties} (English) and
 * {@code problems_de.properties} (German). Listed here so a test can fail when a language lacks one.
 */
enum ProblemKey {
    // Whole problems.
    FIELD_UNKNOWN("field.unknown"),
    FIELD_MISSING("field.missing"),
    FIELD_TEXT("field.text"),
    FIELD_CUT_OFF("field.cutOff"),
    FIELD_MAP("field.map"),
    FIELD_LIST("field.list"),
    FIELD_DURATION("field.duration"),
    FIELD_ZERO("field.zero"),
    FIELD_TOO_LONG("field.tooLong"),
    FIELD_COUNT("field.count"),
    FIELD_RANGE("field.range"),
    FIELD_YES_NO("field.yesNo"),
    FIELD_ONE_OF("field.oneOf"),
    FIELD_SOURCES("field.sources"),
    FIELD_TAG("field.tag"),
    FIELD_UNSOURCED("field.unsourced"),
    FIELD_ENTRIES_TEXT("field.entriesText"),
    FILE_TOO_LARGE("file.tooLarge"),
    FILE_UNREADABLE("file.unreadable"),
    FILE_BINARY("file.binary"),
    FILE_NOT_UTF8("file.notUtf8"),
    YAML_ONE_DOCUMENT("yaml.oneDocument"),
    YAML_INVALID("yaml.invalid"),
    YAML_TOO_DEEP("yaml.tooDeep"),
    YAML_MERGE("yaml.merge"),
    YAML_TWICE("yaml.twice"),
    YAML_ALIAS("yaml.alias"),
    YAML_ANCHOR("yaml.anchor"),
    CATALOG_MISSING("catalog.missing"),
    CATALOG_TOP("catalog.top"),
    CATALOG_ENTRY("catalog.entry"),
    CATALOG_TWICE("catalog.twice"),
    CATALOG_POINT("catalog.point"),
    CATALOG_QUESTION("catalog.question"),
    PROTOCOL_NOT_MAP("protocol.notMap"),
    PROTOCOL_ID("protocol.id"),
    SCREENING_ENTRY("screening.entry"),
    SCREENING_UNKNOWN_SET("screening.unknownSet"),
    SCREENING_TWICE("screening.twice"),
    SCREENING_OVERRIDE("screening.override"),
    SCREENING_APPLIES_ALONE("screening.appliesAlone"),
    SCREENING_APPLIES_KIND("screening.appliesKind"),
    SCREENING_APPLIES_EMPTY("screening.appliesEmpty"),
    STEPS_EMPTY("steps.empty"),
    STEPS_NOT_ONE_KIND("steps.notOneKind"),
    STEPS_UNKNOWN_KIND("steps.unknownKind"),
    STEPS_SETTINGS("steps.settings"),
    STEPS_OPTIONAL("steps.optional"),
    HOME_CARE_UNKNOWN("homeCare.unknown"),
    RULE_DURATION_OR_RELEASE("rule.durationOrRelease"),
    RULE_CONSENT("rule.consent"),
    RULE_UNCONFIRMED("rule.unconfirmed"),
    RULE_PAIN_MOMENT("rule.painMoment"),
    RULE_MOMENT("rule.moment"),
    GATE_UNKNOWN("gate.unknown"),
    GATE_EMPTY("gate.empty"),
    RELEASE_ORDER("release.order"),
    MUSCLE_UNKNOWN("muscle.unknown"),
    SIDE_INVALID("side.invalid"),
    TRANSLATIONS_FOLDER("translations.folder"),
    TRANSLATIONS_TOP("translations.top"),
    TRANSLATIONS_ENTRY("translations.entry"),
    TRANSLATIONS_TWICE("translations.twice"),
    LIBRARY_ID_TWICE("library.idTwice"),
    LIBRARY_FOLDER("library.folder"),
    LIBRARY_NO_SUCH("library.noSuch"),
    // Fragments inside them: how a value is described, hints, what a map is.
    NODE_NOTHING("node.nothing"),
    NODE_VALUE("node.value"),
    NODE_LIST("node.list"),
    NODE_MAP("node.map"),
    NODE_EMPTY_FILE("node.emptyFile"),
    HINT_DID_YOU_MEAN("hint.didYouMean"),
    HINT_DIGITS("hint.digits"),
    HINT_CLOCK("hint.clock"),
    HINT_FLOW("hint.flow"),
    HINT_NO_MUSCLES("hint.noMuscles"),
    HINT_KEYS("hint.keys"),
    EXPECT_TEXT("expect.text"),
    EXPECT_DURATION("expect.duration"),
    EXPECT_COUNT("expect.count"),
    EXPECT_LIST("expect.list"),
    EXPECT_SOURCES("expect.sources"),
    EXPECT_BODY_MAP("expect.bodyMap"),
    EXPECT_POINT("expect.point"),
    EXPECT_QUESTIONS("expect.questions"),
    EXPECT_STEPS("expect.steps"),
    WHAT_PROTOCOL("what.protocol"),
    WHAT_ENTRY("what.entry"),
    WHAT_MAP_OF("what.mapOf"),
    WHAT_QUESTION("what.question"),
    WHAT_MUSCLE("what.muscle"),
    WHAT_SET("what.set"),
    WHAT_ADVICE("what.advice"),
    RULE_BOTH("rule.both"),
    RULE_NEITHER("rule.neither"),
    // The line around a warning.
    LINE_WARNING("line.warning");

    private final String key;

    ProblemKey(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** This fragment with its arguments, worded in the reader's language when the problem is shown. */
    Problem.Words words(Object... arguments) {
        return new Problem.Words(key, List.of(arguments));
    }
}
