package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.SourceTags;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.shell.KioskFixture;
import app.holdpoint.ui.model.RunnerDisplay;
import app.holdpoint.ui.widget.PhaseBanner;

/**
 * A whole tension-type headache session on a kiosk whose Language setting is Deutsch, by taps alone, as
 * {@link ShippedSessionWalkTest} walks it in English. At each step the screen shows German: the kiosk's words from
 * {@code messages_de.properties} and the protocol's title, questions, step labels and cues from
 * {@code protocols/de/}; no English label or cue of the protocol is ever shown. The record keeps the English file's
 * text and hash.
 */
@GuiTest
class GermanSessionWalkTest extends KioskWalkCase {
    private static final String PROTOCOL = "tension-type-headache";

    @Test
    void aWholeSessionInGermanShowsGermanWordsAtEveryStep() throws IOException {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "1357"));
        KioskSettings.DEFAULTS.withLanguage(KioskSettings.Language.GERMAN).save(data);
        Locale language = KioskSettings.load(data).language().locale(Locale.ENGLISH);
        assertThat(language).isEqualTo(Locale.GERMAN);
        ProtocolLibrary.Loaded english = TestProtocols.shipped();
        ProtocolLibrary.Loaded library = TestProtocols.shipped(language);
        Protocol original = english.byId(PROTOCOL).orElseThrow();
        Protocol protocol = library.byId(PROTOCOL).orElseThrow();
        Set<String> englishWords = englishLabelsAndCues(original);

        kiosk = new KioskFixture(data, library, data, true).start();
        taps = KioskTaps.onScreen(kiosk);

        kiosk.waitForScreen(Screen.SIGN_IN);
        assertShows("Wer meldet sich an?");
        taps.tap("tile.Anna Lee");
        assertShows("Anna Lee: Bitte PIN eingeben");
        taps.keys("1357");
        taps.tap("key.ok");
        kiosk.waitForScreen(Screen.PICKER);
        assertShows("Protokoll wählen", "Kopfschmerz und Migräne", "Spannungskopfschmerz", "Einstellungen",
                "Abmelden");
        taps.tap("protocol." + PROTOCOL);
        kiosk.waitForScreen(Screen.FLOW);
        SessionFlow flow = Edt.call(() -> kiosk.controller.sessionFlow());
        assertShows("Vor der Sitzung \u00B7 Spannungskopfschmerz", "1 \u00B7 Klient/in", "2 \u00B7 Screening",
                "Zu behandelnde Seite", "Links", "Rechts", "Beide Seiten");

        taps.keys("TT-0042");
        taps.tap("prepare.side.LEFT");
        taps.tap("prepare.tab.screening");
        assertShows("Heute Fieber oder akut krank?", "JA", "NEIN");
        for (ScreeningQuestion question : protocol.screening()) {
            assertThat(question.text()).as("question %s in German", question.id())
                    .isNotEqualTo(original.question(question.id()).orElseThrow().text());
            boolean stopsOnYes = question.stopAnswer().orElse(true);
            taps.tap("screening." + question.id() + (stopsOnYes ? ".no" : ".yes"));
        }
        taps.tap("prepare.tab.pain");
        assertShows("Schmerz vor der Sitzung (0 bis 10)", "0 = kein Schmerz", "Starten");
        taps.tap("pain.6");
        taps.tap("prepare.start");
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));

        int phasesSeen = 0;
        Set<String> phaseWordsSeen = new HashSet<>();
        while (SessionFlow.Card.RUNNER.equals(Edt.call(flow::shown))) {
            RunnerDisplay shown = Edt.call(() -> flow.runnerScreen().display());
            SessionSnapshot snapshot = Edt.call(() -> flow.runnerScreen().engine().snapshot());
            if (snapshot.state().isFinal()) {
                waitFor("the finish screen", () -> !SessionFlow.Card.RUNNER.equals(flow.shown()));
                break;
            }
            Phase phase = snapshot.phase().orElseThrow();
            if (phase.index() + 1 > phasesSeen) {
                phasesSeen = phase.index() + 1;
                String word = kiosk.text.get("phase." + phase.kind().name());
                phaseWordsSeen.add(word);
                List<String> onScreen = visibleTexts();
                assertThat(String.join("\n", onScreen)).as("phase %d shows its German word", phase.index())
                        .contains(word).contains("Phase " + phasesSeen + " von ");
                assertThat(shown.label()).as("phase %d label in German", phase.index()).isNotBlank()
                        .isNotIn(englishWords);
                if (!shown.cue().isBlank()) {
                    assertThat(library.translations().of(shown.cue())).as("phase %d cue in German", phase.index())
                            .isNotIn(englishWords).doesNotContain("Confirm when", "Relax; take up");
                }
                assertThat(onScreen).as("no English label or cue of the protocol on screen")
                        .noneMatch(englishWords::contains);
            }
            switch (shown.primary()) {
                case CONFIRM, MARK_RELEASE, RESUME -> taps.tapDial();
                case RATE -> {
                    taps.tapDial();
                    assertShows("Fragen, Zahl antippen, dann speichern.", "Speichern");
                    taps.tap("pain.3");
                    taps.tap("rating.record");
                }
                case COUNT_NEEDLES -> {
                    taps.tapDial();
                    assertShows("Zählung bestätigen");
                    taps.tap("count.confirm");
                }
                case NONE -> taps.advance(snapshot.remaining().orElse(Duration.ofSeconds(5)));
                default -> throw new AssertionError("unexpected primary action " + shown.primary());
            }
        }
        assertThat(phaseWordsSeen).contains("DRÜCKEN", "LOCKERN", "AUSFÜHREN");

        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        assertShows("Abschließen und unterschreiben", "Alle Phasen abgeschlossen",
                "Schmerz nach der Sitzung (0 bis 10)");
        taps.tap("pain.2");
        taps.keys("1357");
        taps.tap("key.ok");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
        assertShows("Sitzung unterschrieben von Anna Lee", "Schmerz 6 \u2192 2", "Fertig");
        long id = Edt.call(() -> flow.recorder().sessionId());
        taps.tap("summary.done");
        kiosk.waitForScreen(Screen.PICKER);

        SessionRecord record = kiosk.store.session(id).orElseThrow();
        assertThat(record.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(record.sealed()).isTrue();
        assertThat(protocol.sha256()).as("the translation leaves the file's hash").isEqualTo(original.sha256());
        assertThat(protocol.text()).isEqualTo(original.text());
        assertThat(kiosk.store.protocolVersion(record.protocolVersionId()).orElseThrow().text())
                .as("the record keeps the English file's text").isEqualTo(original.text());
        assertThat(kiosk.store.verify().ok()).isTrue();
    }

    /** Every label and cue the English protocol can show (source tags stripped, as the runner shows them). */
    private static Set<String> englishLabelsAndCues(Protocol original) {
        Set<String> words = new HashSet<>();
        for (Phase phase : TimelineExpander.expand(original).phases()) {
            words.add(SourceTags.strip(phase.label()));
            if (!phase.cue().isBlank()) {
                words.add(SourceTags.strip(phase.cue()));
            }
        }
        return words;
    }

    private void assertShows(String... words) {
        for (String word : words) {
            waitFor("\u201C" + word + "\u201D on screen", () -> visibleTextsNow().stream().anyMatch(t -> t.contains(word)));
        }
    }

    private List<String> visibleTexts() {
        return Edt.call(GermanSessionWalkTest.this::visibleTextsNow);
    }

    /** Texts of every showing label, text area and button, and the phase banner's word (on the EDT). */
    private List<String> visibleTextsNow() {
        List<String> texts = new ArrayList<>();
        collect(kiosk.controller.frame().getRootPane(), texts);
        return texts;
    }

    private static void collect(Component c, List<String> texts) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof JLabel label && label.getText() != null) {
            texts.add(label.getText());
        } else if (c instanceof AbstractButton button && button.getText() != null) {
            texts.add(button.getText());
        } else if (c instanceof JTextComponent area && area.getText() != null) {
            texts.add(area.getText());
        }
        if (c instanceof PhaseBanner banner) {
            texts.add(banner.word());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }
}
