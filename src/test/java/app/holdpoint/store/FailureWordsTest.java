package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Storage failures reach a person in words: disk full, damaged record, never H2's raw text (issue 14). */
class FailureWordsTest {

    @Test
    void aFullDiskIsSaidInWordsWhereverTheDatabaseHidesIt() {
        SQLException h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to "
                + "sun.nio.ch.FileChannelImpl@1a2b3c failed; length 12288 at 450560 [2.5.252/2]\"; SQL statement:",
                "HY000", 50000, new IOException("No space left on device"));
        assertThat(Failures.describe(h2)).isEqualTo("the disk is full, so the record could not be written; free"
                + " space on the disk that holds the data folder (old exports, backups, downloads), then try again");
        assertThat(Failures.translate(new UncheckedIOException(new IOException("No space left on device")))
                .getMessage()).startsWith("the disk is full");
    }

    @Test
    void aDamagedFileIsOneMessageThatSaysWhatToDo() {
        String damaged = "the record is damaged: its file (holdpoint.mv.db in the data folder) cannot be read as it"
                + " was written. Restore the data folder from your latest backup or ask your administrator; keep the"
                + " damaged file for support, do not delete it";
        assertThat(Failures.describe(new SQLException("File corrupted while reading record", "90030", 90030)))
                .isEqualTo(damaged);
        assertThat(Failures.describe(new SQLException("Table \"PROTOCOL_VERSION\" not found; SQL statement:",
                "42S02", 42102))).isEqualTo(damaged);
        assertThat(Failures.describe(new SQLException("General error", "HY000", 50000,
                new IllegalStateException("File corrupt in chunk 12")))).isEqualTo(damaged);
        assertThat(Failures.describe(new SQLException("General error: \"java.lang.RuntimeException: Unexpected code"
                + " path\"", "HY000", 50000, new RuntimeException("Unexpected code path")))).as("H2 reading a zeroed"
                + " meta row").isEqualTo(damaged);
    }

    @Test
    void aDamagedFileWhoseFolderIsKnownIsNamed() {
        assertThat(Failures.translate(new SQLException("File corrupted while reading record", "90030", 90030),
                Optional.of(Path.of("/clinic/data"))).getMessage()).isEqualTo(
                "the record is damaged: its file /clinic/data/holdpoint.mv.db cannot be read as it was written."
                + " Restore the data folder from your latest backup or ask your administrator; keep the damaged"
                + " file for support, do not delete it");
    }

    @Test
    void otherDatabaseErrorsNeverShowTheStatementOrJavaNames() {
        String text = Failures.describe(new SQLException("General error: \"org.h2.mvstore.MVStoreException: "
                + "Writing to sun.nio.ch.FileChannelImpl@1a2b3c failed; length 12288 at 450560 [2.5.252/2]\"; "
                + "SQL statement:\nINSERT INTO x", "HY000", 50000));
        assertThat(text).isEqualTo("database error 50000: General error: Writing to failed; length 12288 at 450560")
                .doesNotContain("SQL statement").doesNotContain("org.").doesNotContain("sun.");
    }
}
