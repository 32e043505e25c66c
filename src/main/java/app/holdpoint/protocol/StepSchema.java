package app.holdpoint.protocol;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a protocol file may write for each step kind, one row per {@link StepKind}: its own fields, whether it
 * targets a muscle (and whether that treats a trigger point), the label the runner shows when the file gives
 * none, and the rules between fields that no single field can check. {@code ProtocolReader} reads every step
 * through this table; {@link TimelineExpander} then turns the steps into phases. The two together are all a step
 * kind means: this table for what a file says, the expander for what a session does.
 *
 * @param kind       the row's step kind
 * @param targeting  whether the step names a muscle and side, and whether it treats the trigger point there
 * @param ownFields  the kind's own fields, beside {@link #COMMON_FIELDS} and (when targeted) {@link #TARGET_FIELDS}
 * @param label      the label when the file gives none
 * @param defaultCue the cue when the file gives none (empty: no cue)
 * @param rules      the rules between fields that reading each field cannot check
 */
public record StepSchema(StepKind kind, Targeting targeting, Set<String> ownFields, DefaultLabel label,
                         String defaultCue, Set<Rule> rules) {

    /** Fields every step may have. */
    public static final Set<String> COMMON_FIELDS = Set.of("label", "cue", "source", "only-if", "only-if-any");
    /** Fields of a step that targets a muscle. */
    public static final Set<String> TARGET_FIELDS = Set.of("muscle", "side", "optional");

    /** Whether a step names a muscle and side. */
    public enum Targeting {
        /** No muscle (a rest, a prompt, a rating, advice). */
        NONE,
        /** Follows its muscle's trigger point (a stretch after a hold), so cannot be optional on its own. */
        FOLLOWS,
        /** Treats the trigger point: counts against the protocol's cap and may be optional. */
        TREATS
    }

    /** Where the label comes from when the file has no {@code label:}. */
    public enum LabelSource {
        /** The target muscle's catalog name (its id when the catalog lacks it). */
        MUSCLE_NAME,
        /** The home-care advice's title; the text when the advice is unknown. */
        ADVICE_TITLE,
        /** A fixed text. */
        FIXED,
        /** The file must give one; the text stands in only after the missing label is reported. */
        REQUIRED
    }

    /**
     * A default label. The texts are the English words the record keeps in each phase's label (hashed with the
     * events), so they are part of the record format and never translated here.
     */
    public record DefaultLabel(LabelSource source, String text) {
        static DefaultLabel muscleName() {
            return new DefaultLabel(LabelSource.MUSCLE_NAME, "");
        }
    }

    /** Rules between fields, checked once a step's fields are read. */
    public enum Rule {
        /** A hold has either {@code duration} (a fixed countdown) or {@code until-release}, not both or neither. */
        DURATION_OR_UNTIL_RELEASE,
        /** Needling is clinician-only: the protocol must say {@code consent: required}. */
        NEEDS_CONSENT,
        /** An instruct step with {@code confirm: no} is a plain timer, so needs a {@code duration}. */
        UNCONFIRMED_NEEDS_DURATION,
        /**
         * A rate step's {@code moment} can only be {@code during}: pain before and after are asked by the kiosk
         * for every session and kept in its record.
         */
        MOMENT_DURING_ONLY
    }

    private static final Map<StepKind, StepSchema> TABLE = table();

    public StepSchema {
        ownFields = Set.copyOf(ownFields);
        rules = Set.copyOf(rules);
    }

    /** The row for a kind; every kind has one. */
    public static StepSchema of(StepKind kind) {
        return TABLE.get(kind);
    }

    /** The kinds that treat a trigger point (hold, compression, needling). */
    public static Set<StepKind> treating() {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        TABLE.values().stream().filter(StepSchema::treatsTriggerPoint).forEach(row -> kinds.add(row.kind()));
        return Set.copyOf(kinds);
    }

    /** Every field a step of this kind may write: common, target (when targeted) and its own. */
    public Set<String> allowedFields() {
        // A hash set, not Set.copyOf: a did-you-mean between equally close fields then picks the same one each run.
        Set<String> allowed = new HashSet<>(COMMON_FIELDS);
        if (targeting != Targeting.NONE) {
            allowed.addAll(TARGET_FIELDS);
        }
        allowed.addAll(ownFields);
        return Collections.unmodifiableSet(allowed);
    }

    public boolean treatsTriggerPoint() {
        return targeting == Targeting.TREATS;
    }

    public boolean has(Rule rule) {
        return rules.contains(rule);
    }

    /** The cue to show when the file gives none, if the kind has one. */
    public Optional<String> cueWhenMissing() {
        return defaultCue.isEmpty() ? Optional.empty() : Optional.of(defaultCue);
    }

    private static Map<StepKind, StepSchema> table() {
        Map<StepKind, StepSchema> table = new EnumMap<>(StepKind.class);
        put(table, new StepSchema(StepKind.HOLD, Targeting.TREATS, Set.of("duration", "until-release"),
                DefaultLabel.muscleName(), "", Set.of(Rule.DURATION_OR_UNTIL_RELEASE)));
        put(table, new StepSchema(StepKind.COMPRESSION, Targeting.TREATS, Set.of("press", "relax", "cycles"),
                DefaultLabel.muscleName(), "", Set.of()));
        put(table, new StepSchema(StepKind.RELAX, Targeting.NONE, Set.of("duration"),
                new DefaultLabel(LabelSource.FIXED, "Rest"), "", Set.of()));
        put(table, new StepSchema(StepKind.SPRAY_STRETCH, Targeting.FOLLOWS,
                Set.of("sweeps", "stretch", "cycles", "rewarm"), DefaultLabel.muscleName(), "", Set.of()));
        put(table, new StepSchema(StepKind.STRETCH, Targeting.FOLLOWS, Set.of("hold", "repeat", "post-isometric"),
                DefaultLabel.muscleName(), "", Set.of()));
        put(table, new StepSchema(StepKind.NEEDLING, Targeting.TREATS,
                Set.of("technique", "needles", "retention", "haemostasis"), DefaultLabel.muscleName(), "",
                Set.of(Rule.NEEDS_CONSENT)));
        put(table, new StepSchema(StepKind.INSTRUCT, Targeting.NONE, Set.of("duration", "confirm"),
                new DefaultLabel(LabelSource.REQUIRED, "Instruction"), "", Set.of(Rule.UNCONFIRMED_NEEDS_DURATION)));
        put(table, new StepSchema(StepKind.RATE, Targeting.NONE, Set.of("measure", "moment"),
                new DefaultLabel(LabelSource.FIXED, "Pain during treatment"),
                "Ask the client to rate their pain from 0 (none) to 10 (worst imaginable).",
                Set.of(Rule.MOMENT_DURING_ONLY)));
        put(table, new StepSchema(StepKind.HOME_CARE, Targeting.NONE, Set.of("advice"),
                new DefaultLabel(LabelSource.ADVICE_TITLE, "Home care"), "", Set.of()));
        if (table.size() != StepKind.values().length) {
            throw new IllegalStateException("every step kind needs a row in the step schema");
        }
        return Map.copyOf(table);
    }

    private static void put(Map<StepKind, StepSchema> table, StepSchema row) {
        table.put(row.kind(), row);
    }
}
