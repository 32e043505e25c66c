package app.holdpoint.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.session.Refusal;
import app.holdpoint.session.Deviation;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StopKind;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.store.VerifyFinding;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.model.SessionPreparation;
import app.holdpoint.ui.settings.KioskSettings;

/**
 * The message bundles are consistent, in the manner of JabRef's LocalizationConsistencyTest: no key is missing (used
 * by the code but absent, or present in one language only), none is unused (in a bundle but referenced nowhere),
 * none is written twice in one file, and both languages use the same placeholders. Keys the code builds at run time
 * ({@code "phase." + kind}) are derived here by looping over the enum they come from, so a new enum constant without
 * its words fails. Each failure lists the keys by name, so whoever merges can fix them in one pass.
 */
class MessagesTest {
    /**
     * One bundle: its two languages, the code that asks it for keys (and how that code names it), and the keys that
     * code builds at run time. A key is in use when written as a literal anywhere in the main sources.
     */
    record Bundle(String name, String english, String german, Path code, String receivers, Set<String> built) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bundle> bundles() {
        return Stream.of(new Bundle("kiosk", "/app/holdpoint/ui/messages.properties",
                "/app/holdpoint/ui/messages_de.properties", SourceKeys.MAIN,
                "(?:text|t|services\\.text\\(\\)|this\\.text)", kioskBuiltKeys()),
                new Bundle("reports", "/app/holdpoint/audit/reports.properties",
                        "/app/holdpoint/audit/reports_de.properties",
                        SourceKeys.MAIN.resolve("app/holdpoint/audit"), "words", reportBuiltKeys()),
                new Bundle("command line", "/app/holdpoint/cli/cli.properties", "/app/holdpoint/cli/cli_de.properties",
                        SourceKeys.MAIN.resolve("app/holdpoint/cli"), "(?:words\\(\\)|words|root\\.words\\(\\)|parent\\.root\\.words\\(\\))", cliBuiltKeys()));
    }

    /** The reports' keys built from a prefix and an enum (ReportText's callers in audit and audit.export). */
    static Set<String> reportBuiltKeys() {
        Set<String> keys = new TreeSet<>();
        each(keys, "phase.", PhaseKind.values(), Enum::name);
        each(keys, "deviation.", Deviation.values(), Enum::name);
        each(keys, "endedBy.", EndedBy.values(), Enum::name);
        each(keys, "status.", SessionStatus.values(), Enum::name);
        each(keys, "outcome.", SessionReport.Outcome.values(), Enum::name);
        each(keys, "side.", Side.values(), Enum::name);
        each(keys, "show.outcome.", SessionReport.Outcome.values(), Enum::name); // audit show's totals line
        each(keys, "", VerifyFinding.Kind.values(), VerifyFinding::key);  // SessionIntegrity, clock notes
        return keys;
    }

    /** The command line's keys built from a prefix and an enum: the store's problems (CliText.problem). */
    static Set<String> cliBuiltKeys() {
        Set<String> keys = new TreeSet<>();
        each(keys, "store.problem.", StoreProblem.values(), Enum::name);
        each(keys, "", VerifyFinding.Kind.values(), VerifyFinding::key);  // CliText.finding
        return keys;
    }

    /** The kiosk's keys built from a prefix and a value (every prefix the screens concatenate). */
    static Set<String> kioskBuiltKeys() {
        Set<String> keys = new TreeSet<>();
        each(keys, "phase.", PhaseKind.values(), Enum::name);            // banner, runner, summary, audit phases
        each(keys, "", Refusal.values(), Refusal::key);                  // a refused command, with its numbers
        each(keys, "audit.status.", SessionStatus.values(), Enum::name);
        each(keys, "audit.deviation.", Deviation.values(), Enum::name);
        each(keys, "deviation.", Deviation.values(), Enum::name);         // session summary
        each(keys, "audit.endedBy.", EndedBy.values(), Enum::name);
        each(keys, "audit.detail.stop.", StopKind.values(), Enum::name);
        each(keys, "audit.range.", constants("app.holdpoint.ui.audit.FilterBar$Range"), Enum::name);
        each(keys, "audit.column.", constants("app.holdpoint.ui.audit.SessionTableModel$Column"), Enum::name);
        each(keys, "condition.", Condition.values(), Enum::name);
        each(keys, "store.problem.", StoreProblem.values(), Enum::name); // FailureText.reason(failure, text)
        each(keys, "", VerifyFinding.Kind.values(), VerifyFinding::key);  // audit detail and integrity banner
        // Only the needling phases count needles (TimelineExpander gives the others a count of 0).
        each(keys, "count.title.", new PhaseKind[] {PhaseKind.NEEDLE, PhaseKind.NEEDLES_OUT}, Enum::name);
        each(keys, "prepare.missing.", SessionPreparation.Missing.values(), Enum::name);
        Side[] chosen = Arrays.stream(Side.values()).filter(s -> s != Side.ASK).toArray(Side[]::new);
        each(keys, "prepare.side.", chosen, Enum::name);
        each(keys, "side.", chosen, Side::word);                         // runner's phase line
        each(keys, "widget.target.", Side.values(), Enum::name);
        each(keys, "prepare.tab.", new String[] {"client", "screening", "points"}, s -> s);
        each(keys, "settings.language.", KioskSettings.Language.values(), Enum::name);
        each(keys, "technique.", StepKind.values(), StepKind::word);     // picker card's techniques
        each(keys, "widget.bodymap.", BodyMapMark.View.values(), Enum::name);
        // ReasonPanel("endEarly" | "override") and StartupProblem("startup" | "startup.warning") compose their keys.
        for (String prefix : List.of("endEarly", "override")) {
            each(keys, prefix + ".", new String[] {"title", "hint", "confirm", "reason.1"}, s -> s);
        }
        for (String prefix : List.of("startup", "startup.warning")) {
            each(keys, prefix + ".", new String[] {"title", "hint", "close"}, s -> s);
        }
        return keys;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsInOneLanguageOnly(Bundle bundle) throws IOException {
        Set<String> english = BundleFile.load(bundle.english()).keys();
        Set<String> german = BundleFile.load(bundle.german()).keys();
        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(german);
        Set<String> extra = new TreeSet<>(german);
        extra.removeAll(english);
        assertThat(untranslated).as("keys in %s without a translation in %s:%n  %s", bundle.english(),
                bundle.german(), String.join("\n  ", untranslated)).isEmpty();
        assertThat(extra).as("keys only in %s (add the English, or remove them):%n  %s", bundle.german(),
                String.join("\n  ", extra)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsWrittenTwiceInAFile(Bundle bundle) throws IOException {
        for (String resource : List.of(bundle.english(), bundle.german())) {
            assertThat(BundleFile.load(resource).duplicates()).as("keys written twice in %s (the last one wins)",
                    resource).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyTheCodeAsksForExists(Bundle bundle) throws IOException {
        Set<String> asked = new TreeSet<>(new SourceKeys(bundle.code(), bundle.receivers()).fetched);
        asked.addAll(bundle.built());
        asked.removeAll(BundleFile.load(bundle.english()).keys());
        assertThat(asked).as("keys the code asks for that %s lacks:%n  %s", bundle.english(),
                String.join("\n  ", asked)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsUsed(Bundle bundle) throws IOException {
        SourceKeys source = new SourceKeys(SourceKeys.MAIN, bundle.receivers());
        Set<String> unused = BundleFile.load(bundle.english()).keys();
        unused.removeAll(source.literals);
        unused.removeAll(bundle.built());
        // Reason chips are read 1, 2, ... until one is missing.
        unused.removeIf(key -> key.matches("(endEarly|override)\\.reason\\.\\d+"));
        assertThat(unused).as("keys in %s that no code uses (remove them from both languages, or use them):%n  %s",
                bundle.english(), String.join("\n  ", unused)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesUseTheSamePlaceholders(Bundle bundle) throws IOException {
        var english = BundleFile.load(bundle.english()).patterns();
        var german = BundleFile.load(bundle.german()).patterns();
        List<String> mismatches = new ArrayList<>();
        for (String key : new TreeSet<>(english.keySet())) {
            if (german.containsKey(key)) {
                Set<Integer> en = BundleFile.placeholders(english.get(key));
                Set<Integer> de = BundleFile.placeholders(german.get(key));
                if (!en.equals(de)) {
                    mismatches.add(key + ": English " + en + ", German " + de);
                }
            }
        }
        assertThat(mismatches).as("placeholders differ between the languages:%n  %s",
                String.join("\n  ", mismatches)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPatternWithPlaceholdersIsAValidMessageFormat(Bundle bundle) throws IOException {
        TreeMap<String, String> broken = new TreeMap<>();
        for (String resource : List.of(bundle.english(), bundle.german())) {
            BundleFile.load(resource).patterns().forEach((key, pattern) -> {
                if (BundleFile.placeholders(pattern).isEmpty()) {
                    return;
                }
                try {
                    new MessageFormat(pattern, Locale.GERMAN).format(new Object[] {1, 2, 3, 4, 5});
                } catch (IllegalArgumentException e) {
                    broken.put(resource + " " + key, e.getMessage());
                }
                // MessageFormat drops a lone ASCII apostrophe and everything up to the next one.
                if (pattern.replace("''", "").indexOf('\'') >= 0) {
                    broken.put(resource + " " + key, "contains a lone ASCII apostrophe; write \u2019 or ''");
                }
            });
        }
        assertThat(broken).as("patterns MessageFormat cannot use").isEmpty();
    }

    @Test
    void germanIsWhatAGermanKioskShowsAndEnglishStaysEnglishOnAGermanSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Text(Locale.GERMAN).get("picker.title")).isEqualTo("Protokoll wählen");
            assertThat(new Text(Locale.GERMANY).get("runner.cycle", 2, 3)).isEqualTo("2 von 3");
            assertThat(new Text(Locale.ENGLISH).get("picker.title")).isEqualTo("Choose a protocol");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyFailsLoudlyInTests() {
        assertThat(Boolean.getBoolean(Text.STRICT)).as("Surefire sets -D%s=true", Text.STRICT).isTrue();
        assertThatThrownBy(() -> new Text(Locale.ENGLISH).get("no.such.key")).isInstanceOf(
                MissingResourceException.class).hasMessageContaining("no.such.key");
        assertThat(new Text(Locale.ENGLISH).has("picker.title")).isTrue();
        assertThat(new Text(Locale.GERMAN).has("no.such.key")).isFalse();
    }

    private static <T> void each(Set<String> keys, String prefix, T[] values, Function<T, String> word) {
        for (T value : values) {
            keys.add(prefix + word.apply(value));
        }
    }

    private static Enum<?>[] constants(String enumClass) {
        try {
            return (Enum<?>[]) Class.forName(enumClass).getEnumConstants();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the test derives keys from " + enumClass + "; update it where that moved", e);
        }
    }
}
