package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
