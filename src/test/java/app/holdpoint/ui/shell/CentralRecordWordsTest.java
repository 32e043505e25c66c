package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.ui.Text;

/** The status strip's words for the central record (no screen needed: the wording is a pure function). */
class CentralRecordWordsTest {
    private static final Text TEXT = new Text(Locale.ENGLISH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-03-02T11:30:00Z");

    private static String words(ReplicationStatus status) {
        return CentralRecordWords.of(Optional.of(status), TEXT, ZONE, NOW).orElseThrow();
    }

    @Test
    void aKioskWithoutACentralRecordSaysNothingAboutIt() {
        assertThat(CentralRecordWords.of(Optional.empty(), TEXT, ZONE, NOW)).isEmpty();
    }

    @Test
    void upToDate() {
        assertThat(words(ReplicationStatus.reached(0, 0))).isEqualTo("Central record: up to date");
    }

    @Test
    void sessionsWaitingAreCounted() {
        assertThat(words(ReplicationStatus.reached(3, 1))).isEqualTo("Central record: 3 sessions waiting");
        assertThat(words(ReplicationStatus.reached(1, 0))).isEqualTo("Central record: 1 session waiting");
        assertThat(words(ReplicationStatus.reached(0, 2))).isEqualTo("Central record: 2 addenda waiting");
    }

    @Test
    void anOutageSaysSinceWhenInLocalTimeAndThatNothingIsLost() {
        assertThat(words(ReplicationStatus.unreachable(Instant.parse("2026-03-02T09:42:00Z"), 3, 0)))
                .isEqualTo("Central record unreachable since 10:42 \u2014 sessions are kept on this kiosk");
        assertThat(words(ReplicationStatus.unreachable(Instant.parse("2026-03-01T09:42:00Z"), 3, 0)))
                .isEqualTo("Central record unreachable since 1 Mar 10:42 \u2014 sessions are kept on this kiosk");
    }

    @Test
    void aRefusedCopySaysWhoToAskAndThatNothingIsLost() {
        assertThat(words(ReplicationStatus.refused("different copy", 2, 0)))
                .contains("refused this kiosk's copy", "sessions are kept on this kiosk", "verify --against");
    }

    @Test
    void aRecordBehindItsCentralCopySaysSoAndWhoToTell() {
        assertThat(words(ReplicationStatus.behind("seal #2 missing")))
                .contains("older than what it already sent", "tell your administrator");
    }

    @Test
    void beforeTheFirstPassItSaysWhatIsWaitingOrThatItIsChecking() {
        assertThat(words(ReplicationStatus.starting(0, 0))).isEqualTo("Central record: checking\u2026");
        assertThat(words(ReplicationStatus.starting(2, 0))).isEqualTo("Central record: 2 sessions waiting");
    }
}
