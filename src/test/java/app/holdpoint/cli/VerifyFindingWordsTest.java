package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.store.VerifyFinding;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.Text;

/**
 * Issue 16: every kind of verify finding has words in both languages of the command line, the kiosk's audit
 * screens and the reports; the English of each bundle is the store's own sentence; {@code --lang de verify} names
 * a tampered session in German, and English output stays as it was.
 */
class VerifyFindingWordsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path data;

    private static VerifyFinding finding(VerifyFinding.Kind kind) {
        return VerifyFinding.of(kind, IntStream.range(0, kind.argumentCount()).mapToObj(i -> "/arg" + i).toArray());
    }

    @ParameterizedTest
    @EnumSource(VerifyFinding.Kind.class)
    void theEnglishWordsAreTheStoresSentence(VerifyFinding.Kind kind) {
        VerifyFinding finding = finding(kind);
        assertThat(CliText.ENGLISH.finding(finding)).isEqualTo(finding.english());
        assertThat(finding.worded(new Text(Locale.ENGLISH)::get)).isEqualTo(finding.english());
        assertThat(finding.worded(ReportText.ENGLISH::get)).isEqualTo(finding.english());
    }

    @ParameterizedTest
    @EnumSource(value = VerifyFinding.Kind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void theGermanWordsCarryEveryArgument(VerifyFinding.Kind kind) {
        VerifyFinding finding = finding(kind);
        for (String german : List.of(CliText.of(Locale.GERMAN).finding(finding),
                finding.worded(new Text(Locale.GERMAN)::get), finding.worded(ReportText.of(Locale.GERMAN)::get))) {
            assertThat(german).isNotEqualTo(finding.english()).doesNotContain("!");
            for (Object argument : finding.arguments()) {
                assertThat(german).contains(argument.toString());
            }
        }
    }

    @Test
    void partsAreWordedInTheSameLanguage() {
        VerifyFinding which = VerifyFinding.of(VerifyFinding.Kind.SESSION_OF_KIOSK, 12, "praxis-2", 3);
        VerifyFinding finding = VerifyFinding.of(VerifyFinding.Kind.SEAL_ORDER, which, 5, 4);
        assertThat(finding.english()).isEqualTo("session 12 (kiosk praxis-2, its session 3): it is seal #5 but #4"
                + " comes first; a sealed session is missing or was renumbered");
        assertThat(CliText.of(Locale.GERMAN).finding(finding)).isEqualTo("Sitzung 12 (Kiosk praxis-2, dort Sitzung 3):"
                + " sie ist Siegel Nr. 5, aber Nr. 4 kommt zuerst; eine versiegelte Sitzung fehlt oder wurde"
                + " umnummeriert");
        VerifyFinding columns = VerifyFinding.of(VerifyFinding.Kind.CENTRAL_DIFFERS, 1234, List.of(
                VerifyFinding.of(VerifyFinding.Kind.COLUMN_HEADER), VerifyFinding.of(VerifyFinding.Kind.COLUMN_SEAL)));
        assertThat(columns.english()).isEqualTo("session 1234: its record here no longer matches the copy in the"
                + " central record (header, seal differ): it was changed after it was copied");
        assertThat(CliText.of(Locale.GERMAN).finding(columns)).contains("Sitzung 1234: ", "(Kopfdaten, Siegel abweichend)");
    }

    @Test
    void aReportWordsTheFirstFindingInItsLanguage() {
        VerifyFinding edited = VerifyFinding.of(VerifyFinding.Kind.EVENT_CONTENT, 2, 4);
        VerifyResult result = new VerifyResult(3, 10, 0, 1, "head", Optional.of(edited.english()),
                List.of(new VerifyResult.Failure(OptionalLong.of(2), edited)), false);
        assertThat(SessionIntegrity.of(result, 2).line()).isEqualTo("FAILS verification: session 2, event 4: its"
                + " content does not match its hash (edited or reordered)");
        assertThat(SessionIntegrity.of(result, 2).line(ReportText.of(Locale.GERMAN))).isEqualTo("PRÜFUNG"
                + " FEHLGESCHLAGEN: Sitzung 2, Ereignis 4: sein Inhalt stimmt nicht mit seinem Hash überein"
                + " (bearbeitet oder umgestellt)");
    }

    @Test
    void germanVerifyNamesTheTamperedSessionsInGermanAndEnglishIsUnchanged() throws Exception {
        assertThat(run("demo-data", "--sessions", "10").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("holdpoint"), "sa",
                Files.readString(data.resolve("db-password")));
             Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER session_sealed_only");
            sql.execute("DROP TRIGGER session_event_append_only");
            sql.execute("UPDATE therapy_session SET pain_after = CASE WHEN pain_after = 0 THEN 1 ELSE 0 END"
                    + " WHERE id = 3");
            sql.execute("UPDATE session_event SET detail = 'edited' WHERE session_id = 7 AND seq = 3");
        }

        CliTestSupport.Run english = run("--lang", "en", "verify");
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err()).isEqualTo("holdpoint: verify FAILED: session 3: its sealed content (status, times,"
                + " pain, note, signer, totals or event tail) does not match its seal hash (edited?)" + NL
                + "holdpoint: verify FAILED: session 7, event 3: its content does not match its hash (edited or"
                + " reordered)" + NL
                + "holdpoint: verify FAILED: the append-only rule session_event_append_only is missing from the"
                + " database (dropped or disabled?): rows it protects can be edited without the database refusing" + NL
                + "holdpoint: verify FAILED: the append-only rule session_sealed_only is missing from the database"
                + " (dropped or disabled?): rows it protects can be edited without the database refusing" + NL);

        CliTestSupport.Run german = run("--lang", "de", "verify");
        assertThat(german.exitCode()).isEqualTo(1);
        assertThat(german.err()).isEqualTo("holdpoint: Prüfung FEHLGESCHLAGEN: Sitzung 3: ihr versiegelter Inhalt"
                + " (Status, Zeiten, Schmerz, Notiz, Unterschrift, Summen oder Ende der Ereignisse) stimmt nicht mit"
                + " ihrem Siegel-Hash überein (bearbeitet?)" + NL
                + "holdpoint: Prüfung FEHLGESCHLAGEN: Sitzung 7, Ereignis 3: sein Inhalt stimmt nicht mit seinem Hash"
                + " überein (bearbeitet oder umgestellt)" + NL
                + "holdpoint: Prüfung FEHLGESCHLAGEN: die Nur-Anfügen-Regel session_event_append_only fehlt in der"
                + " Datenbank (entfernt oder abgeschaltet?): die Zeilen, die sie schützt, lassen sich ändern, ohne"
                + " dass die Datenbank es ablehnt" + NL
                + "holdpoint: Prüfung FEHLGESCHLAGEN: die Nur-Anfügen-Regel session_sealed_only fehlt in der"
                + " Datenbank (entfernt oder abgeschaltet?): die Zeilen, die sie schützt, lassen sich ändern, ohne"
                + " dass die Datenbank es ablehnt" + NL);
    }

    private CliTestSupport.Run run(String... args) {
        return CliTestSupport.runOn(data, args);
    }
}
