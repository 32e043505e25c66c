package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.ScreeningSet;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.testsupport.TestProtocols;

/** Protocol translations from {@code protocols/<language>/}: what they change, what they never change. */
class TranslationsTest {
    private static final Path SHIPPED = TestProtocols.FOLDER;
    private static final ProtocolLibrary.Loaded ENGLISH = ProtocolLibrary.load(SHIPPED);
    private static final ProtocolLibrary.Loaded GERMAN = ProtocolLibrary.load(SHIPPED, Locale.GERMAN);

    @Test
    void theShippedGermanFilesReadWithoutProblems() {
        assertThat(GERMAN.translations().problems()).isEmpty();
        assertThat(GERMAN.translations().language()).isEqualTo("de");
        assertThat(GERMAN.allValid()).isTrue();
    }

    @Test
    void aTranslationNeverChangesTheFileTextItsHashOrItsNumbers() {
        for (Protocol english : ENGLISH.protocols()) {
            Protocol german = GERMAN.byId(english.id()).orElseThrow();
            assertThat(german.text()).isEqualTo(english.text());
            assertThat(german.sha256()).isEqualTo(english.sha256());
            assertThat(german.fileName()).isEqualTo(english.fileName());
            assertThat(TimelineExpander.expand(german).phases()).extracting(Phase::timing, Phase::kind)
                    .isEqualTo(TimelineExpander.expand(english).phases().stream()
                            .map(p -> Tuple.tuple(p.timing(), p.kind())).toList());
        }
    }

    /** The protocols whose German file is shipped; each of their words is translated. */
    static Stream<String> translatedProtocols() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED.resolve("de"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("catalog-")
                    && !n.equals("built-in.yaml")).map(n -> n.replace(".yaml", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("translatedProtocols")
    void everyWordOfATranslatedProtocolIsGerman(String id) {
        Protocol english = ENGLISH.byId(id).orElseThrow();
        Translations words = GERMAN.translations();
        List<String> missing = new ArrayList<>();
        check(words, english.title(), missing);
        check(words, english.summary(), missing);
        english.screening().forEach(q -> {
            check(words, q.text(), missing);
            q.whenYes().ifPresent(p -> check(words, p.text(), missing));
        });
        for (Phase phase : TimelineExpander.expand(english).phases()) {
            check(words, phase.label(), missing);
            check(words, phase.cue(), missing);
            phase.precautions().forEach(line -> check(words, line, missing));
        }
        english.muscles().values().forEach(m -> check(words, m.name(), missing));
        assertThat(missing).as("texts of %s without a German translation (add them to protocols/de/)", id)
                .isEmpty();
    }

    @Test
    void everyMuscleAndScreeningQuestionOfTheCatalogIsGerman() {
        Translations words = GERMAN.translations();
        List<String> missing = new ArrayList<>();
        for (Muscle m : ENGLISH.catalog().muscles().values()) {
            Stream.concat(Stream.of(m.name(), m.region(), m.triggerPoint(), m.referral()), m.precautions().stream())
                    .forEach(text -> check(words, text, missing));
        }
        for (ScreeningSet set : ENGLISH.catalog().screeningSets().values()) {
            check(words, set.title(), missing);
            for (ScreeningQuestion q : set.questions()) {
                check(words, q.text(), missing);
                q.whenYes().ifPresent(p -> check(words, p.text(), missing));
            }
        }
        assertThat(missing).as("catalog texts without a German translation").isEmpty();
        assertThat(GERMAN.catalog().muscle("upper-trapezius").orElseThrow().name()).isEqualTo("Oberer Trapezius");
    }

    private static void check(Translations words, String english, List<String> missing) {
        if (english != null && !english.isBlank() && words.find(english).isEmpty()) {
            missing.add(english);
        }
    }

    @Test
    void aTextWithoutATranslationStaysInTheFilesLanguage() {
        Translations words = Translations.of("de", Map.of("Moist heat", "Feuchte Wärme"));
        assertThat(words.of("Moist  heat\n")).isEqualTo("Feuchte Wärme");
        assertThat(words.of("Moist heat, changed since")).isEqualTo("Moist heat, changed since");
    }

    @Test
    void aTemplateTranslatesTheSentenceTheTimelineBuildsAndTheWordsInside() {
        Translations words = Translations.of("de", Map.of(
                "{0} Confirm when {1} needle(s) are in.", "{0} Bestätigen, wenn {1} Nadel(n) gesetzt sind.",
                "Insert into the taut band.", "In den Hartspannstrang einstechen."));
        assertThat(words.of("Insert into the taut band. Confirm when 3 needle(s) are in."))
                .isEqualTo("In den Hartspannstrang einstechen. Bestätigen, wenn 3 Nadel(n) gesetzt sind.");
    }

    @Test
    void englishOrALanguageWithoutAFolderTranslatesNothing(@TempDir Path empty) {
        assertThat(Translations.load(SHIPPED, Locale.ENGLISH).size()).isZero();
        assertThat(Translations.load(SHIPPED, Locale.FRENCH).size()).isZero();
        assertThat(ProtocolLibrary.load(SHIPPED, Locale.ENGLISH).byId("tension-type-headache").orElseThrow().title())
                .isEqualTo("Tension-type headache");
    }

    @Test
    void aBadTranslationFileIsReportedAndTheOthersStillApply(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("de"));
        Files.writeString(folder.resolve("de/a-broken.yaml"), "texts: [unclosed\n");
        Files.writeString(folder.resolve("de/b-half.yaml"), "texts:\n  - en: Rest\n  - en: Moist heat\n    de: Feuchte Wärme\n");
        Translations words = Translations.load(folder, Locale.GERMAN);
        assertThat(words.problems()).extracting(Problem::file).contains("de/a-broken.yaml", "de/b-half.yaml");
        assertThat(words.problems()).filteredOn(p -> p.file().equals("de/b-half.yaml")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(words.of("Moist heat")).isEqualTo("Feuchte Wärme");
    }
}
