package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.BackupPlan;
import app.holdpoint.store.KioskLock;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;

/** {@code backup --to} and {@code restore --from} as a clinic runs them. */
class BackupCommandsTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private void therapist(String name) {
        try (Stores.Opened opened = Stores.forCommandLine(data, Optional.empty(),
                StoreConfig.defaults("test").withPinIterations(1_000))) {
            Stores.await(opened.store().createTherapist(name, Role.THERAPIST, "2468".toCharArray()));
        }
    }

    @Test
    void backupThenRestoreSaysWhatItDidInWords() throws Exception {
        therapist("Ana");
        Path file = elsewhere.resolve("monday.zip");

        CliTestSupport.Run backup = CliTestSupport.run("--data", data.toString(), "backup", "--to", file.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("backup written and verified: 0 sessions, chain intact");
        assertThat(BackupPlan.last(data)).map(BackupPlan.Last::file).contains(file.toAbsolutePath());

        therapist("Bea");
        CliTestSupport.Run restore = CliTestSupport.run("--data", data.toString(), "restore", "--from",
                file.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored from " + file.toAbsolutePath() + ": 0 sessions, chain intact")
                .contains("the record it replaced is kept as " + data.toAbsolutePath().resolve("holdpoint-replaced-"));
        CliTestSupport.Run list = CliTestSupport.run("--data", data.toString(), "therapist", "list");
        assertThat(list.out()).contains("Ana").doesNotContain("Bea");

        Path german = elsewhere.resolve("dienstag.zip");
        assertThat(CliTestSupport.run("--lang", "de", "--data", data.toString(), "backup", "--to", german.toString())
                .out()).startsWith("Sicherung geschrieben und geprüft: 0 Sitzungen, Kette intakt");
        assertThat(CliTestSupport.run("--lang", "de", "--data", data.toString(), "restore", "--from",
                german.toString()).out()).contains("wiederhergestellt aus " + german.toAbsolutePath()
                + ": 0 Sitzungen, Kette intakt").contains("der ersetzte Datensatz bleibt erhalten als ");
    }

    /** {@code sessions} sealed sessions, a copy of the record, as many more, then the copy put back by hand. */
    private void putBackAnOlderCopy(int sessions) throws Exception {
        assertThat(CliTestSupport.run("--data", data.toString(), "demo-data", "--sessions", String.valueOf(sessions),
                "--events", "few").exitCode()).isZero();
        Path older = elsewhere.resolve("holdpoint.mv.db");
        Files.copy(data.resolve("holdpoint.mv.db"), older);
        assertThat(CliTestSupport.run("--data", data.toString(), "demo-data", "--sessions", String.valueOf(sessions),
                "--seed", "2", "--events", "few").exitCode()).isZero();
        Files.copy(older, data.resolve("holdpoint.mv.db"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aRecordPutBackByHandIsReportedUntilAnAdministratorAcceptsIt() throws Exception {
        putBackAnOlderCopy(2);

        CliTestSupport.Run verify = CliTestSupport.run("--data", data.toString(), "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out() + verify.err()).contains("older than the last one this kiosk wrote")
                .contains("holdpoint restore --accept-current");

        CliTestSupport.Run neither = CliTestSupport.run("--data", data.toString(), "restore");
        assertThat(neither.exitCode()).isNotZero();
        assertThat(neither.err()).contains("--from FILE").contains("--accept-current");

        CliTestSupport.Run accept = CliTestSupport.run("--data", data.toString(), "restore", "--accept-current");
        assertThat(accept.exitCode()).as(accept.err()).isZero();
        assertThat(accept.out()).contains("accepted the record in " + data.toAbsolutePath()
                + " as this kiosk's: 2 sessions, chain intact")
                .contains("the newer head this kiosk remembered is kept as "
                        + data.toAbsolutePath().resolve("kiosk-head-replaced-"));
        CliTestSupport.Run after = CliTestSupport.run("--data", data.toString(), "verify");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(after.err()).doesNotContain("older than");

        CliTestSupport.Run again = CliTestSupport.run("--lang", "de", "--data", data.toString(), "restore",
                "--accept-current");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("dieser Kiosk hatte sich keine neuere Aufzeichnung gemerkt");
    }

    @Test
    void aRecordPutBackByHandThatFailsVerifyIsNotAccepted() throws Exception {
        putBackAnOlderCopy(1);
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:" + data.resolve("holdpoint")
                + ";IFEXISTS=TRUE", "sa", Files.readString(data.resolve("db-password")).strip());
             var sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER session_sealed_only");
            sql.execute("UPDATE therapy_session SET pain_after = 0");
        }
        String headBefore = Files.readString(data.resolve("kiosk-head"));

        CliTestSupport.Run accept = CliTestSupport.run("--data", data.toString(), "restore", "--accept-current");

        assertThat(accept.exitCode()).isNotZero();
        assertThat(accept.err()).contains("fails verify").contains("so it was not accepted. Nothing was changed");
        assertThat(Files.readString(data.resolve("kiosk-head"))).isEqualTo(headBefore);
        CliTestSupport.Run inGerman = CliTestSupport.run("--data", data.toString(), "restore", "--accept-current",
                "--lang=de");
        assertThat(inGerman.err()).contains("besteht verify nicht").contains("wurde daher nicht übernommen");
        assertThat(Files.readString(data.resolve("kiosk-head"))).isEqualTo(headBefore);
    }

    @Test
    void restoreIsRefusedWhileAKioskRuns() throws Exception {
        therapist("Ana");
        Path file = elsewhere.resolve("b.zip");
        assertThat(CliTestSupport.run("--data", data.toString(), "backup", "--to", file.toString()).exitCode())
                .isZero();
        try (KioskLock kiosk = KioskLock.acquire(data)) {
            CliTestSupport.Run restore = CliTestSupport.run("--data", data.toString(), "restore", "--from",
                    file.toString());
            assertThat(restore.exitCode()).isEqualTo(1);
            assertThat(restore.err()).startsWith("holdpoint: a Holdpoint kiosk is running on the data folder")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aDamagedBackupIsRefusedInWords() throws Exception {
        therapist("Ana");
        Path file = elsewhere.resolve("damaged.zip");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        CliTestSupport.Run restore = CliTestSupport.run("--data", data.toString(), "restore", "--from",
                file.toString());
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("is not a Holdpoint backup, or it is damaged").doesNotContain("Exception");
    }

    @Test
    void aServerRecordIsTheServersToBackUp() {
        CliTestSupport.Run backup = CliTestSupport.run("--db", "jdbc:postgresql://db.clinic/holdpoint", "backup",
                "--to", elsewhere.resolve("x.zip").toString());
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("pg_dump or pg_basebackup");
    }
}
