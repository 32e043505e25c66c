package app.holdpoint.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One thing {@code verify} found, typed: its {@link Kind} and the arguments of its sentence (numbers, ids, names;
 * a {@link VerifyFinding} as an argument is a part worded on its own, such as which session; a list is a list of
 * parts). The store words it in English only ({@link #english()}, what logs and tests read); the command line and
 * the screens word it from their bundles, key {@code verify.finding.KIND} with the same arguments as {@code {0}},
 * {@code {1}}, ..., or {@code store.problem.NAME} for a kind that is a {@link StoreProblem} (the rollback checks).
 */
public record VerifyFinding(Kind kind, List<Object> arguments) {

    /** The kinds, each with its English sentence; the comment lists its arguments. */
    public enum Kind {
        /** {protocol version id, protocol id} */
        PROTOCOL_TEXT("protocol version %s (%s): the stored text does not match its SHA-256 (edited?)"),
        /** Which session: {id} */
        SESSION("session %s"),
        /** Which session, replicated from a kiosk: {id, kiosk, the kiosk's own number for it} */
        SESSION_OF_KIOSK("session %s (kiosk %s, its session %s)"),
        /** Which addendum: {id, session id} */
        ADDENDUM("addendum %s (session %s)"),
        /** Which addendum, replicated from a kiosk: {id, session id, kiosk} */
        ADDENDUM_OF_KIOSK("addendum %s (session %s, kiosk %s)"),
        /** {which session, its seal number, the one expected} */
        SEAL_ORDER("%s: it is seal #%s but #%s comes first; a sealed session is missing or was renumbered"),
        /** {which session} */
        SEAL_LINK("%s: its link to the previous sealed session does not match (a session before it was deleted,"
                + " inserted or changed)"),
        /** {which session} */
        SEAL_CONTENT("%s: its sealed content (status, times, pain, note, signer, totals or event tail) does not"
                + " match its seal hash (edited?)"),
        /** {the seal number it ends at, the one its head records} */
        SESSION_HEAD("the session chain ends at seal #%s but its head records #%s: the newest sealed session(s)"
                + " were deleted or changed"),
        /** {session id} */
        SEAL_NUMBER_WITHOUT_HASH("session %s: it has a seal number but no seal hash"),
        /** {session id} */
        THERAPIST_MISSING("session %s: its therapist is missing from the therapist table (deleted?)"),
        /** {session id} */
        HEADER("session %s: its header (therapist, client, side, protocol, kiosk, start, pain before, screening,"
                + " override, consent, precautions, trigger points) does not match its hash (edited?)"),
        /** {which addendum, its number, the one expected} */
        ADDENDUM_ORDER("%s: it is addendum #%s but #%s comes first; an addendum is missing"),
        /** {which addendum} */
        ADDENDUM_LINK("%s: its link to the previous addendum does not match"),
        /** {which addendum} */
        ADDENDUM_UNSEALED("%s: its session is not sealed"),
        /** {which addendum} */
        ADDENDUM_CONTENT("%s: its content does not match its hash (edited?)"),
        /** {the number it ends at, the one its head records} */
        ADDENDUM_HEAD("the addendum chain ends at #%s but its head records #%s: the newest addenda were deleted or"
                + " changed"),
        /** The session chain's head row is gone. */
        SESSION_HEAD_MISSING("the session chain has no head row (deleted?)"),
        /** The addendum chain's head row is gone. */
        ADDENDUM_HEAD_MISSING("the addendum chain has no head row (deleted?)"),
        /** {the trigger's name} */
        APPEND_ONLY_MISSING("the append-only rule %s is missing from the database (dropped or disabled?): rows it"
                + " protects can be edited without the database refusing"),
        /** The signing_start row of the seal chain is gone. */
        SESSION_SIGNING_START_MISSING("the record does not say where signed sessions begin (the signing_start row"
                + " was deleted?)"),
        /** The signing_start row of the addendum chain is gone. */
        ADDENDUM_SIGNING_START_MISSING("the record does not say where signed addendums begin (the signing_start"
                + " row was deleted?)"),
        /** {which session} */
        SEAL_UNSIGNED("%s: it was sealed after this record began signing sessions but carries no kiosk signature"
                + " (removed?)"),
        /** {which addendum} */
        ADDENDUM_UNSIGNED("%s: it was sealed after this record began signing addendums but carries no kiosk"
                + " signature (removed?)"),
        /** {which session or addendum} */
        UNKNOWN_KEY("%s: it is signed by a kiosk key the record does not hold (key registration deleted or"
                + " changed?)"),
        /** {which session or addendum, kiosk} */
        SIGNATURE("%s: its signature by kiosk %s does not match (it, or the chain before it, was changed after it"
                + " was signed)"),
        /** {event seq, session id} */
        ORPHAN_EVENTS("event %s of session %s belongs to no session (the session row was deleted)"),
        /** {session id, events stored, events the session records} */
        EVENTS_DELETED("session %s: %s events stored but the session records %s (events deleted)"),
        /** {session id, events stored, events the session records} */
        EVENTS_INSERTED("session %s: %s events stored but the session records %s (events inserted)"),
        /** {session id} */
        LAST_EVENT("session %s: its last event does not match the one it records"),
        /** {session id, the missing event's seq, the next stored} */
        EVENT_MISSING("session %s: event %s is missing (the next stored is %s)"),
        /** {session id, event seq} */
        EVENT_LINK("session %s, event %s: its link to the event before does not match (events deleted, inserted or"
                + " reordered)"),
        /** {session id, event seq} */
        EVENT_CONTENT("session %s, event %s: its content does not match its hash (edited or reordered)"),
        /** Notice: {session id, the session sealed before} */
        CLOCK_BACK("session %s starts before session %s was sealed (clock moved back?)"),
        /** Notice: {kiosk, number of keys} */
        SEVERAL_KEYS("kiosk %s has %s signing keys registered; a kiosk gets a new one only when its data folder is"
                + " replaced: ask the administrator whether that happened"),
        /** Notice: {count} */
        LEGACY_SEALS("%s sealed sessions from before this record began signing seals carry no kiosk signature"
                + " (legacy, not a failure)"),
        /** Notice: {count} */
        LEGACY_ADDENDA("%s addenda from before this record began signing addenda carry no kiosk signature (legacy,"
                + " not a failure)"),
        /** The record is behind the newest seal this kiosk remembers: as {@link StoreProblem#RECORD_OLDER}. */
        RECORD_OLDER(StoreProblem.RECORD_OLDER),
        /** The record holds another seal there: as {@link StoreProblem#RECORD_REPLACED}. */
        RECORD_REPLACED(StoreProblem.RECORD_REPLACED),
        /** As {@link StoreProblem#HEAD_NOT_SIGNED}. */
        HEAD_NOT_SIGNED(StoreProblem.HEAD_NOT_SIGNED),
        /** As {@link StoreProblem#HEAD_UNREADABLE}. */
        HEAD_UNREADABLE(StoreProblem.HEAD_UNREADABLE),
        /** Against the central record: {session id, seal number} */
        CENTRAL_NOT_SEALED_HERE("session %s (seal #%s) was copied to the central record but is no longer sealed in"
                + " this kiosk's record (deleted or reopened?)"),
        /** Against the central record: {session id, the parts that differ: a list of the column kinds below} */
        CENTRAL_DIFFERS("session %s: its record here no longer matches the copy in the central record (%s differ):"
                + " it was changed after it was copied"),
        /** A part of {@link #CENTRAL_DIFFERS}. */
        COLUMN_SEAL_NUMBER("seal number"),
        /** A part of {@link #CENTRAL_DIFFERS}. */
        COLUMN_HEADER("header"),
        /** A part of {@link #CENTRAL_DIFFERS}. */
        COLUMN_SEAL("seal"),
        /** A part of {@link #CENTRAL_DIFFERS}. */
        COLUMN_EVENTS("events"),
        /** A part of {@link #CENTRAL_DIFFERS}. */
        COLUMN_EVENT_COUNT("event count"),
        /** Against the central record: {addendum number} */
        CENTRAL_ADDENDUM_MISSING("addendum #%s: copied to the central record but missing here"),
        /** Against the central record: {addendum number} */
        CENTRAL_ADDENDUM_DIFFERS("addendum #%s: its record here no longer matches the copy in the central record"),
        /** A finding the store only has in English (an unexpected failure's message): {the message} */
        OTHER("%s");

        private final String english;
        private final StoreProblem problem;

        Kind(String english) {
            this.english = english;
            this.problem = null;
        }

        Kind(StoreProblem problem) {
            this.english = null;
            this.problem = problem;
        }

        /** The store problem this kind is, worded by {@code store.problem.NAME}; empty for the others. */
        public Optional<StoreProblem> problem() {
            return Optional.ofNullable(problem);
        }

        /** How many arguments its sentence takes. */
        public int argumentCount() {
            return problem != null ? problem.argumentCount() : english.split("%s", -1).length - 1;
        }

        String english(Object... args) {
            return problem != null ? problem.english(args) : String.format(Locale.ROOT, english, args);
        }
    }

    public VerifyFinding {
        arguments = List.copyOf(arguments);
    }

    /** A finding of {@code kind}; numbers are kept as text, parts and lists of parts as they are. */
    public static VerifyFinding of(Kind kind, Object... args) {
        List<Object> kept = new ArrayList<>();
        for (Object arg : args) {
            kept.add(arg instanceof VerifyFinding || arg instanceof List ? arg : String.valueOf(arg));
        }
        return new VerifyFinding(kind, kept);
    }

    /** A rollback check's problem as a finding: typed when it is one of the head file's problems. */
    static VerifyFinding of(StoreException problem) {
        Optional<Kind> kind = problem.problem().flatMap(p -> Arrays.stream(Kind.values())
                .filter(k -> k.problem().equals(Optional.of(p))).findFirst());
        return kind.map(k -> of(k, problem.arguments().toArray()))
                .orElseGet(() -> of(Kind.OTHER, problem.getMessage()));
    }

    /** The English sentence, as logs and tests read it (and as verify said it before findings were typed). */
    public String english() {
        Object[] args = arguments.stream().map(VerifyFinding::englishPart).toArray();
        return kind.english(args);
    }

    /**
     * This finding in a bundle's language: {@code words} is the bundle's {@code get(key, args)}; parts are worded
     * the same way first, a list of parts joined with ", ".
     */
    public String worded(BiFunction<String, Object[], String> words) {
        Object[] args = arguments.stream().map(argument -> wordedPart(argument, words)).toArray();
        return words.apply(key(kind), args);
    }

    /** The bundle key for {@code kind}: {@code verify.finding.KIND}, or {@code store.problem.NAME} for a store problem. */
    public static String key(Kind kind) {
        return kind.problem().map(problem -> "store.problem." + problem.name()).orElse("verify.finding." + kind.name());
    }

    private static Object wordedPart(Object argument, BiFunction<String, Object[], String> words) {
        if (argument instanceof VerifyFinding part) {
            return part.worded(words);
        }
        if (argument instanceof List<?> parts) {
            return String.join(", ", parts.stream().map(p -> String.valueOf(wordedPart(p, words))).toList());
        }
        return argument;
    }

    private static Object englishPart(Object argument) {
        if (argument instanceof VerifyFinding part) {
            return part.english();
        }
        if (argument instanceof List<?> parts) {
            return String.join(", ", parts.stream().map(p -> String.valueOf(englishPart(p))).toList());
        }
        return argument;
    }
}
