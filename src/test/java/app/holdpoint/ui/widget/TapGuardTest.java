package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TapGuardTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TapGuard guard = new TapGuard(now::get, Duration.ofMillis(600));

    private void advance(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }

    @Test
    void theFirstTapCounts() {
        assertThat(guard.accept()).isTrue();
    }

    @Test
    void aSecondTapWithinTheWindowIsIgnored() {
        guard.accept();
        advance(599);
        assertThat(guard.accept()).isFalse();
    }

    @Test
    void aTapAfterTheWindowCountsAgain() {
        guard.accept();
        advance(600);
        assertThat(guard.accept()).isTrue();
    }

    @Test
    void ignoredTapsDoNotExtendTheWindow() {
        guard.accept();
        advance(400);
        guard.accept();
        advance(250);
        assertThat(guard.accept()).as("650 ms after the tap that counted").isTrue();
    }

    @Test
    void resetLetsTheNextTapThrough() {
        guard.accept();
        guard.reset();
        assertThat(guard.accept()).isTrue();
    }

    @Test
    void aClockNearItsWrapStillWorks() {
        now.set(Long.MAX_VALUE - 100_000_000L);
        guard.accept();
        advance(700);
        assertThat(guard.accept()).isTrue();
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> new TapGuard(now::get, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
