package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.Assertions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.TestProtocols;

/** The store's commands end to end, on a real data folder; failures are one line and a non-zero exit. */
class StoreCommandsTest {
    /** One demo history for the class (demo therapists' PINs are deliberately slow to hash). */
    @TempDir
    static Path data;

    private static CliTestSupport.Run run(String... args) {
        return runIn(data, args);
    }

    private static CliTestSupport.Run runIn(Path folder, String... args) {
        return CliTestSupport.runOn(folder, args);
    }

    private CliTestSupport.Run withStdin(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private static void assertOneLineError(CliTestSupport.Run result, int exit, String message) {
        assertThat(result.exitCode()).isEqualTo(exit);
        assertThat(result.err()).isEqualTo("holdpoint: " + message + System.lineSeparator());
    }

    @BeforeAll
    static void demoHistory() {
        CliTestSupport.Run demo = run("demo-data", "--sessions", "40", "--seed", "5");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void aReadOnlyCommandOnAFolderWithoutARecordCreatesNothingAndSaysWhereItLooked(@TempDir Path parent)
            throws Exception {
        Path missing = parent.resolve("no-such-data");
        Path empty = Files.createDirectory(parent.resolve("empty-data"));
        for (Path folder : List.of(missing, empty)) {
            String message = "No Holdpoint record in " + folder.toAbsolutePath() + " (no holdpoint.mv.db). Check the"
                    + " folder name; nothing was created.";
            for (String[] command : new String[][] {{"verify"}, {"audit"}, {"audit", "--format", "json"},
                {"audit", "show", "1"}, {"audit", "export", "--format", "csv", "--out",
                    parent.resolve("x.csv").toString()}, {"therapist", "list"}}) {
                CliTestSupport.Run result = runIn(folder, command);
                assertOneLineError(result, 1, message);
                assertThat(result.out()).as(String.join(" ", command)).isEmpty();
            }
        }
        assertThat(missing).doesNotExist();
        try (var left = Files.list(empty)) {
            assertThat(left).isEmpty();
        }
        assertThat(parent.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aMissingRecordIsSaidInGermanWithLangDe(@TempDir Path parent) {
        Path missing = parent.resolve("no-such-data");
        for (String[] command : new String[][] {{"verify"}, {"audit"}, {"audit", "show", "1"}, {"therapist", "list"}}) {
            String[] german = new String[command.length + 2];
            german[0] = "--lang";
            german[1] = "de";
            System.arraycopy(command, 0, german, 2, command.length);
            assertOneLineError(runIn(missing, german), 1, "keine Holdpoint-Aufzeichnung in " + missing.toAbsolutePath()
                    + " (keine Datei holdpoint.mv.db). Prüfen Sie den Ordnernamen; es wurde nichts angelegt.");
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void aBuildWithoutTheAuditWindowSaysSoInEitherLanguage() {
        assertOneLineError(CliTestSupport.run("audit-ui"), 1, "the audit window is not available in this build");
        assertOneLineError(CliTestSupport.run("--lang", "de", "audit-ui"), 1,
                "die Prüfung im Fenster ist in dieser Ausgabe nicht verfügbar");
    }

    @Test
    void verifyAndTheListsLeaveTheRecordFileAsItWas() throws Exception {
        Path file = data.resolve("holdpoint.mv.db");
        FileTime old = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(file, old);
        byte[] before = Files.readAllBytes(file);
        assertThat(run("verify").out()).startsWith("verified 40 sessions, ");
        assertThat(run("audit", "--limit", "3").exitCode()).isZero();
        assertThat(run("audit", "show", "2").exitCode()).isZero();
        assertThat(run("therapist", "list").exitCode()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void aNameWithAControlCharacterIsRefusedBeforeThePinAndTwoSpellingsAreOneTherapist() {
        assertOneLineError(withStdin("", "therapist", "add", "Eve\u001b[31m Red"), 1,
                "a therapist's name cannot contain control characters; found U+001B (escape). Type it again without"
                        + " it");
        assertThat(withStdin("2468\n2468\n", "therapist", "add", "Jose\u0301 Test").out())
                .isEqualTo("added therapist 'Jos\u00e9 Test'" + System.lineSeparator());
        assertOneLineError(withStdin("2468\n2468\n", "therapist", "add", "Jos\u00e9 Test"), 1,
                "a therapist named 'Jos\u00e9 Test' already exists");
        assertThat(run("therapist", "list").out()).contains("Jos\u00e9 Test").doesNotContain("\u001b");
    }

    @Test
    void therapistAddListDisable() {
        assertThat(withStdin("2468\n", "therapist", "add", "Ana Ruiz", "--admin").out())
                .isEqualTo("added admin 'Ana Ruiz'" + System.lineSeparator());
        assertThat(run("therapist", "list").out()).contains("Ana Ruiz", "admin", "active", "Demo Ben Okafor");
        assertThat(run("therapist", "disable", "Ana Ruiz").exitCode()).isZero();
        assertThat(run("therapist", "list").out()).containsPattern("Ana Ruiz +admin +disabled");
    }

    private static CliTestSupport.Run withStdinIn(Path folder, String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return runIn(folder, args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void anAdministratorGrantsAndRevokesTheDryNeedlingCredential(@TempDir Path own) {
        assertThat(withStdinIn(own, "1357\n", "therapist", "add", "Lead", "--admin").exitCode()).isZero();
        assertThat(withStdinIn(own, "2468\n", "therapist", "add", "Ana Ruiz").exitCode()).isZero();

        CliTestSupport.Run granted = withStdinIn(own, "1357\n", "therapist", "credential", "Ana Ruiz",
                "--dry-needling", "--jurisdiction", "Ontario", "--expires", "2099-12-31");
        assertThat(granted.out()).as(granted.err()).isEqualTo("granted dry needling to 'Ana Ruiz' (Ontario, until"
                + " 2099-12-31), recorded by 'Lead'" + System.lineSeparator());
        assertThat(runIn(own, "therapist", "list").out()).containsPattern("Ana Ruiz +therapist +active +yes \\(Ontario,"
                + " until 2099-12-31\\)").containsPattern("Lead +admin +active +no");
        CliTestSupport.Run german = runIn(own, "--lang", "de", "therapist", "list");
        assertThat(german.out()).startsWith("NAME").contains("ROLLE", "ZUSTAND").containsPattern("Ana Ruiz +therapist"
                + " +aktiv +ja \\(Ontario, gültig bis 2099-12-31\\)").doesNotContain("until", "ROLE", "STATE");
        assertThat(withStdinIn(own, "1357\n", "--lang", "de", "therapist", "credential", "Lead", "--dry-needling")
                .out()).contains("(kein Geltungsbereich angegeben, ohne Ablaufdatum)");

        CliTestSupport.Run revoked = withStdinIn(own, "1357\n", "therapist", "credential", "Ana Ruiz", "--revoke");
        assertThat(revoked.out()).isEqualTo("revoked the dry-needling credential of 'Ana Ruiz', recorded by 'Lead'"
                + System.lineSeparator());
        assertThat(runIn(own, "therapist", "list").out()).containsPattern("Ana Ruiz +therapist +active +no");
    }

    @Test
    void aCredentialNeedsTheAdministratorsPinAndSaysWhatToRecord(@TempDir Path own) {
        assertThat(withStdinIn(own, "1357\n", "therapist", "add", "Lead", "--admin").exitCode()).isZero();
        assertThat(withStdinIn(own, "2468\n", "therapist", "add", "Ana").exitCode()).isZero();

        assertOneLineError(withStdinIn(own, "9999\n", "therapist", "credential", "Ana", "--dry-needling"), 1,
                "Lead: wrong PIN (4 attempts left); nothing was recorded");
        assertOneLineError(runIn(own, "therapist", "credential", "Ana"), 2,
                "say what to record: --dry-needling to grant, or --revoke");
        assertOneLineError(runIn(own, "therapist", "credential", "Ana", "--dry-needling", "--expires", "soon"), 2,
                "--expires must be a date like 2027-03-31, got 'soon'");
        assertOneLineError(withStdinIn(own, "2468\n", "therapist", "credential", "Ana", "--dry-needling", "--by",
                "Ana"), 1, "'Ana' is not an enabled administrator; only one may record a credential");
        assertThat(runIn(own, "therapist", "list").out()).containsPattern("Ana +therapist +active +no");
    }

    @Test
    void badPinsAndNamesAreOneLineErrors() {
        assertOneLineError(withStdin("12\n", "therapist", "add", "Bo"), 1, "a PIN has 4 to 8 digits");
        assertOneLineError(withStdin("", "therapist", "add", "Bo"), 1,
                "no PIN on standard input; pipe one line with 4 to 8 digits");
        assertOneLineError(withStdin("1234\n", "therapist", "add", "Demo Ana Ruiz"), 1,
                "a therapist named 'Demo Ana Ruiz' already exists");
        assertOneLineError(run("therapist", "disable", "Nobody"), 1, "no therapist named 'Nobody'");
    }

    @Test
    void verifyCountsEverythingThenNamesATamperedEvent(@TempDir Path own) throws Exception {
        assertOneLineError(runIn(own, "--lang", "de", "demo-data", "--sessions", "0"), 2,
                "--sessions muss zwischen 1 und 10000000 liegen");
        assertOneLineError(runIn(own, "--lang", "de", "demo-data", "--sessions", "1", "--events", "many"), 2,
                "--events muss all oder few sein, nicht „many“");
        assertThat(runIn(own, "demo-data", "--sessions", "10").exitCode()).isZero();
        CliTestSupport.Run ok = runIn(own, "verify");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).startsWith("verified 10 sessions, ");
        assertThat(ok.out()).as("the demo history keeps its clocks in order").doesNotContain("note:");
        assertThat(runIn(own, "--lang", "de", "verify").out()).startsWith("10 Sitzungen, ")
                .contains(" Ereignisse geprüft" + System.lineSeparator() + "  sowie ");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + own.resolve("holdpoint"), "sa",
                Files.readString(own.resolve("db-password")));
             Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER session_event_append_only");
            sql.execute("UPDATE session_event SET detail = 'edited' WHERE session_id = 7 AND seq = 3");
        }
        // Every mismatch on a line of its own, in the order found: the edited event, then the dropped trigger.
        CliTestSupport.Run verify = runIn(own, "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err()).isEqualTo("holdpoint: verify FAILED: session 7, event 3: its content does not match"
                + " its hash (edited or reordered)" + System.lineSeparator() + DROPPED_EVENT_TRIGGER
                + System.lineSeparator());
        assertThat(runIn(own, "--lang", "de", "verify").err())
                .startsWith("holdpoint: Prüfung FEHLGESCHLAGEN: Sitzung 7, Ereignis 3: ");
    }

    private static final String DROPPED_EVENT_TRIGGER = "holdpoint: verify FAILED: the append-only rule"
            + " session_event_append_only is missing from the database (dropped or disabled?): rows it protects can"
            + " be edited without the database refusing";

    @Test
    void verifyNamesEveryTamperedSessionOnALineOfItsOwn(@TempDir Path own) throws Exception {
        assertThat(runIn(own, "demo-data", "--sessions", "10").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + own.resolve("holdpoint"), "sa",
                Files.readString(own.resolve("db-password")));
             Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER session_event_append_only");
            sql.execute("UPDATE session_event SET detail = 'edited' WHERE session_id = 3 AND seq = 2");
            sql.execute("UPDATE session_event SET detail = 'edited' WHERE session_id = 7 AND seq = 3");
        }
        CliTestSupport.Run verify = runIn(own, "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err().lines().toList()).containsExactly(
                "holdpoint: verify FAILED: session 3, event 2: its content does not match its hash (edited or"
                        + " reordered)",
                "holdpoint: verify FAILED: session 7, event 3: its content does not match its hash (edited or"
                        + " reordered)",
                DROPPED_EVENT_TRIGGER);
    }

    @Test
    void filtersAreParametersSoAnInjectionIsJustAnUnknownName() {
        assertOneLineError(run("audit", "--therapist", "x' OR '1'='1"), 1,
                "no therapist named 'x' OR '1'='1' (see: therapist list)");
        CliTestSupport.Run injected = run("audit", "--protocol", "' OR 1=1 --");
        assertThat(injected.exitCode()).isEqualTo(1);
        assertThat(injected.err()).startsWith("holdpoint: no session ran a protocol with id '' OR 1=1 --'; recorded: ")
                .hasLineCount(1);
        assertThat(run("audit", "--therapist", "Demo Ana Ruiz", "--format", "csv").out().lines().skip(1))
                .allSatisfy(line -> assertThat(line).contains(",Demo Ana Ruiz,"));
    }

    @Test
    void malformedOptionsAreOneLineErrorsWithExitTwo() {
        assertOneLineError(run("audit", "--from", "yesterday"), 2, "--from must be a date like 2026-03-02 (or an"
                + " instant like 2026-03-02T09:00:00Z), got 'yesterday'");
        assertOneLineError(run("audit", "--status", "done"), 2,
                "--status must be completed, ended-early, interrupted or running, got 'done'");
        assertOneLineError(run("audit", "--format", "xml"), 2, "--format must be table, csv or json, got 'xml'");
        assertOneLineError(run("audit", "--from", "2026-03-05", "--to", "2026-03-01"), 2,
                "--from 2026-03-05 is after --to 2026-03-01");
        assertOneLineError(run("audit", "show", "twelve"), 2, "a session ID is a number, like 42; got 'twelve'");
        assertOneLineError(run("audit", "show", "4040"), 1, "no session 4040");
    }

    @Test
    void theAuditCommandsRefuseInGermanWithLangDe() {
        assertOneLineError(run("--lang", "de", "audit", "--from", "yesterday"), 2, "--from muss ein Datum wie"
                + " 2026-03-02 sein (oder ein Zeitpunkt wie 2026-03-02T09:00:00Z), erhalten: „yesterday“");
        assertOneLineError(run("--lang", "de", "audit", "--format", "xml"), 2,
                "--format muss table, csv oder json sein, erhalten: „xml“");
        assertOneLineError(run("--lang", "de", "audit", "--limit", "0"), 2, "--limit muss mindestens 1 sein");
        assertOneLineError(run("--lang", "de", "audit", "--therapist", "Nobody"), 1,
                "keine Therapeutin und kein Therapeut namens „Nobody“ (siehe: therapist list)");
        assertOneLineError(run("--lang", "de", "audit", "show", "4040"), 1, "keine Sitzung 4040");
    }

    @Test
    void csvAndJsonCarryTheSameRows() throws Exception {
        List<String> csv = run("audit", "--format", "csv").out().lines().toList();
        assertThat(csv.get(0)).startsWith("id,started,ended,therapist,protocol,version,client,side,status,planned_ms");
        assertThat(csv).hasSize(41);
        JsonNode json = new ObjectMapper().readTree(run("audit", "--format", "json").out());
        assertThat(json.size()).isEqualTo(40);
        assertThat(csv.get(1)).startsWith(json.get(0).get("id").asText() + "," + json.get(0).get("started").asText());
        assertThat(run("audit", "--status", "completed", "--deviations", "--format", "json").out())
                .doesNotContain("\"status\":\"interrupted\"", "\"deviations\":0,");
        assertThat(run("audit", "--from", "2001-01-01", "--to", "2001-12-31").out())
                .endsWith("0 sessions" + System.lineSeparator());
    }

    @Test
    void showPrintsPhasesEventsAndTheSeal() {
        CliTestSupport.Run shown = run("audit", "show", "3");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Session 3: ", "sealed", "Phases, planned vs actual:",
                "SESSION_STARTED", "Addenda (0):", "seal ");
    }

    @Test
    void showAndTheListSpeakGermanWithLangDeAndKeepTheRecordsOwnWords() {
        CliTestSupport.Run shown = run("--lang", "de", "audit", "show", "3");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Sitzung 3: ", "versiegelt", "  Therapeut/in ", "  Protokoll ",
                "Phasen, geplant gegenüber tatsächlich:", "BEENDET DURCH", "gesamt geplant ", "Ereignisse (",
                "SESSION_STARTED", "Nachträge (0):", "  Siegel ")
                .doesNotContain("Session 3", "Phases, planned vs actual:", "Events (", "Addenda (", "  therapist ",
                        "  protocol ", "  started ", "  pain ", "  screening ", "  consent ", "  signed ",
                        "  totals ", "  seal ", "not recorded", "total planned", "ENDED BY", "(not available",
                        "(carried over from session", ", OPEN (not sealed)", "Clock moved");
        CliTestSupport.Run listed = run("--lang", "de", "audit", "--limit", "3");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("BEGONNEN", "THERAPEUT/IN", "GEPLANT").endsWith("3 Sitzungen"
                + System.lineSeparator()).doesNotContain("STARTED", "THERAPIST", " sessions");
        assertThat(run("audit", "--limit", "1").out()).contains("  STARTED  ").endsWith("1 session"
                + System.lineSeparator());
    }

    @Test
    void aSessionLeftRunningIsLeftAsItWasByReadersAndMarkedInterruptedByTheKiosk(@TempDir Path own) {
        assertThat(runIn(own, "demo-data", "--sessions", "1").exitCode()).isZero();
        long id;
        try (JdbcSessionStore store = new JdbcSessionStore(Database.open(own, Optional.empty()),
                StoreConfig.defaults("kiosk-1"))) {
            Protocol protocol = TestProtocols.first();
            long therapist = store.therapist("Demo Ana Ruiz").orElseThrow().id();
            id = Stores.await(store.beginSession(new NewSession(therapist, "C-9", Optional.of(Side.LEFT), protocol,
                    Instant.now(), OptionalInt.of(4), List.of(), Optional.empty(), true)));
        } // closed without sealing, as a crash would leave it
        // Reading leaves it as the crash left it: marking it is the kiosk's write, when it starts.
        CliTestSupport.Run read = runIn(own, "audit", "--status", "running");
        assertThat(read.err()).isEmpty();
        assertThat(read.out()).containsPattern(" " + id + " .* running ").endsWith("1 session" + System.lineSeparator());
        assertThat(runIn(own, "verify").err()).isEmpty();
        assertThat(runIn(own, "audit", "--status", "interrupted").out()).endsWith(System.lineSeparator()
                + "0 sessions" + System.lineSeparator());
        try (Stores.Opened kiosk = Stores.forKiosk(own, Optional.empty(), StoreConfig.defaults("kiosk-1"))) {
            assertThat(kiosk.recovered()).isEqualTo(1);
        }
        assertThat(runIn(own, "audit", "--status", "interrupted").out()).containsPattern(" " + id
                + " .* interrupted ").endsWith("1 session" + System.lineSeparator());
    }

    /**
     * F07: zeros over one 8 KiB stretch of a real record. The first stretch H2 notices gives the one damaged-record
     * message on the command line, the same as the kiosk's start-up screen shows, and neither changes the file.
     */
    @Test
    void aDamagedRecordIsOneMessageNamingItsFileAndNoCommandRewritesIt(@TempDir Path own) throws Exception {
        Path file = own.resolve("holdpoint.mv.db");
        byte[] healthy = Files.readAllBytes(data.resolve("holdpoint.mv.db"));
        // The record with the password file that belongs to it, as a copy of the data folder has them.
        Files.copy(data.resolve("db-password"), own.resolve("db-password"));
        String message = "the record is damaged: its file " + file.toAbsolutePath() + " cannot be read as it was"
                + " written. Restore the data folder from your latest backup or ask your administrator; keep the"
                + " damaged file for support, do not delete it";
        for (int offset = 8192; offset + 8192 <= healthy.length; offset += 8192) {
            byte[] damaged = healthy.clone();
            Arrays.fill(damaged, offset, offset + 8192, (byte) 0);
            Files.write(file, damaged);
            CliTestSupport.Run verify = runIn(own, "verify");
            if (verify.exitCode() == 0) {
                continue; // free space: nothing H2 reads was hit
            }
            assertOneLineError(verify, 1, message);
            assertThat(verify.out()).isEmpty();
            CliTestSupport.Run audit = runIn(own, "audit", "--limit", "2");
            assertOneLineError(audit, 1, message);
            assertThat(audit.out()).as("no \"0 sessions\" on a damaged record").isEmpty();
            assertThatKioskSays(own, message);
            assertThat(runIn(own, "--lang", "de", "verify").err()).startsWith("holdpoint: die Aufzeichnung ist"
                    + " beschädigt: ihre Datei " + file.toAbsolutePath() + " kann nicht so gelesen werden")
                    .doesNotContain("the record");
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
            return;
        }
        throw new AssertionError("no 8 KiB stretch of the record was noticed as damage");
    }

    @Test
    void aRecordCopiedWithoutItsPasswordFileSaysWhatToPutBack(@TempDir Path own) throws Exception {
        Files.copy(data.resolve("holdpoint.mv.db"), own.resolve("holdpoint.mv.db"));
        String message = "the record in " + own.toAbsolutePath() + " cannot be opened: its password file db-password"
                + " is missing or belongs to another record. Put back the db-password file that was beside"
                + " holdpoint.mv.db (every backup holds it), or restore the folder from a backup; nothing was changed";
        assertOneLineError(runIn(own, "verify"), 1, message);
        assertThatKioskSays(own, message);
        assertThat(own.resolve("db-password")).as("no password of its own made up for the record").doesNotExist();
    }

    private static void assertThatKioskSays(Path folder, String message) {
        Assertions.assertThatThrownBy(() -> Stores.forKiosk(folder, Optional.empty(),
                StoreConfig.defaults("kiosk-1")).close()).hasMessage(message);
    }

    @Test
    void readOnlyAndUnreachableDatabasesAreOneLineErrors() {
        String readOnly = "jdbc:h2:file:" + data.resolve("holdpoint") + ";ACCESS_MODE_DATA=r";
        assertThat(run("--db", readOnly, "verify").exitCode()).isZero();
        assertOneLineError(withStdin("2468\n", "--db", readOnly, "therapist", "add", "Cy"), 1,
                "the database is read-only; nothing was written");
        CliTestSupport.Run unreachable = run("--db", "jdbc:h2:tcp://127.0.0.1:1/nothing", "verify");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("holdpoint: cannot open the database at jdbc:h2:tcp://127.0.0.1:1/")
                .doesNotContain("\tat ").hasLineCount(1);
    }
}
