package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record put back from an older copy is reported at start-up and by verify, from the kiosk's head file. */
class RollbackDetectionTest {
    @TempDir
    Path folder;
    @TempDir
    Path copies;

    @Test
    void anOlderCopyPutBackIsReportedAtOpenAndByVerify() throws Exception {
        long third;
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            Therapist ana = Fixtures.therapist(opened.store(), "Ana");
            Fixtures.recordedSession(opened.store(), ana, 1, true);
            Fixtures.recordedSession(opened.store(), ana, 1, true);
            assertThat(opened.rollbackProblem()).isEmpty();
        }
        Path old = copies.resolve("holdpoint.mv.db");
        Files.copy(folder.resolve("holdpoint.mv.db"), old);
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            third = Fixtures.recordedSession(opened.store(), opened.store().therapist("Ana").orElseThrow(), 1, true);
        }
        Files.copy(old, folder.resolve("holdpoint.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        String expected = "This record is older than the last one this kiosk wrote (session " + third + " sealed at"
                + " 2026-03-02 10:00). It may have been restored from an old copy. Tell the clinic's administrator. If it"
                + " was put back on purpose, an administrator accepts it with: holdpoint restore --accept-current";
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            assertThat(opened.rollbackProblem()).hasValueSatisfying(problem -> {
                assertThat(problem.getMessage()).isEqualTo(expected);
                assertThat(problem.problem()).contains(StoreProblem.RECORD_OLDER);
                assertThat(problem.arguments()).containsExactly(String.valueOf(third), "2026-03-02 10:00");
            });
            VerifyResult result = opened.store().verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.failures()).extracting(VerifyResult.Failure::reason).containsExactly(expected);
        }
    }

    @Test
    void theHeadFileIsSignedSoLoweringItByHandIsNoticed() throws Exception {
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            Fixtures.recordedSession(opened.store(), Fixtures.therapist(opened.store(), "Ana"), 1, true);
        }
        Path head = folder.resolve(ChainHeadFile.FILE);
        Files.writeString(head, Files.readString(head).replace("seq 1", "seq 0"));
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            assertThat(opened.rollbackProblem()).hasValueSatisfying(problem -> assertThat(problem.getMessage())
                    .endsWith("kiosk-head is not signed by this kiosk's key (edited?); tell the clinic's"
                            + " administrator"));
        }
    }

    @Test
    void aNewRecordWithNothingSealedHasNoProblem() {
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            assertThat(opened.rollbackProblem()).isEmpty();
            assertThat(opened.store().verify().failures()).isEmpty();
        }
    }
}
