package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The usage help in the command line's language: {@code --lang}, wherever it stands, else the system's; English asked
 * for on a German system stays English.
 */
class GermanHelpTest {
    private static final String NL = System.lineSeparator();

    @Test
    void theTopCommandsHelpIsGermanWithLangDe() {
        CliTestSupport.Run run = CliTestSupport.run("--lang", "de", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Aufruf: holdpoint ")
                .contains(NL + "Kiosk für die Triggerpunkt-Therapie. Ohne Befehl öffnet sich der Kiosk." + NL)
                .contains("Datenordner für die eingebettete Datenbank")
                .contains("Diese Hilfe anzeigen und beenden.")
                .contains("Die Versionsangabe anzeigen und beenden.")
                .contains(NL + "Befehle:" + NL)
                .contains("Prüft, dass niemand die Aufzeichnung verändert hat")
                .contains("Die Hilfe zum angegebenen Befehl anzeigen.")
                .doesNotContain("Usage:").doesNotContain("Commands:").doesNotContain("Show this help");
    }

    @Test
    void aSubcommandsHelpIsGermanWhereverLangStands() {
        for (String[] args : new String[][] {{"--lang", "de", "audit", "--help"}, {"audit", "--help", "--lang=de"}}) {
            String out = CliTestSupport.run(args).out();
            assertThat(out).as(String.join(" ", args)).startsWith("Aufruf: holdpoint audit ")
                    .contains("Listet Sitzungen auf, die neueste zuerst")
                    .contains("--from=DATE        Sitzungen, die an oder nach diesem Datum begonnen")
                    .contains("Datenordner für die eingebettete Datenbank")
                    .contains("Eine Sitzung: Kopfdaten")
                    .doesNotContain("Lists sessions").doesNotContain("Usage:");
        }
    }

    @Test
    void theHelpCommandSpeaksTheSystemsGerman() {
        String out = withDefault(Locale.GERMANY, () -> CliTestSupport.run("help", "verify").out());
        assertThat(out).startsWith("Aufruf: holdpoint verify ")
                .contains("Prüft, dass niemand die Aufzeichnung verändert hat: jeden Hash und jede")
                .contains("Mit --against CENTRAL werden die Sitzungen dieses Kiosks außerdem")
                .doesNotContain("Checks that nobody");
    }

    @Test
    void englishAskedForOnAGermanSystemStaysEnglish() {
        String out = withDefault(Locale.GERMANY, () -> CliTestSupport.run("--lang", "en", "--help").out());
        assertThat(out).startsWith("Usage: holdpoint ")
                .contains(NL + "Trigger-point therapy kiosk. With no command, opens the kiosk." + NL)
                .contains("Show this help message and exit.")
                .contains(NL + "Commands:" + NL)
                .doesNotContain("Aufruf").doesNotContain("Datenordner");
        String parseError = withDefault(Locale.GERMANY, () -> CliTestSupport.run("--lang", "en", "bogus").err());
        assertThat(parseError).startsWith("Unmatched argument at index 2: 'bogus'" + NL + "Usage: holdpoint")
                .contains("Trigger-point therapy kiosk.");
    }

    @Test
    void anEnglishSystemGetsEnglishHelpWithoutLang() {
        String out = withDefault(Locale.US, () -> CliTestSupport.run("therapist", "add", "--help").out());
        assertThat(out).startsWith("Usage: holdpoint therapist add ")
                .contains("Adds a therapist. The PIN (4 to 8 digits) is asked twice without echo");
    }

    private static <T> T withDefault(Locale locale, Supplier<T> run) {
        Locale before = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(locale);
        try {
            return run.get();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
