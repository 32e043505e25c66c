package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real javax.sound.sampled path on whatever this machine has: a sound card, ALSA's null device
 * ({@code pcm.!default { type null }} via ALSA_CONFIG_PATH) or nothing at all. Either way the player must not
 * throw or stall; which way it went is not asserted, so the build does not depend on the machine's audio.
 */
class SystemAudioTest {

    @Test
    void theSystemAudioNeverThrowsNorStalls() throws InterruptedException {
        try (CuePlayer player = CuePlayer.withSystemAudio()) {
            player.setVolume(0.1);
            long start = System.nanoTime();
            player.play(Chime.TICK);
            player.play(Chime.HALFWAY);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
            assertThat(player.awaitIdle(20, TimeUnit.SECONDS)).as("played or gave up").isTrue();
        }
    }
}
