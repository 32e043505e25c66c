package app.holdpoint.ui.shell;

import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.ui.common.KioskServices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.AudioFormat;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.sound.LineFactory;

/** The kiosk's status strip says in words what the therapist cannot otherwise see. */
@GuiTest
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatusStripTest {
    @TempDir
    Path data;

    /**
     * CI machines have no sound card: Java Sound offers no output line there (a line request throws
     * IllegalArgumentException). The real system player finds out what this machine has and the strip says it;
     * under CI that is always "No audio device".
     */
    @Test
    void theStripSaysWhatTheSystemPlayerFoundAndUnderCiThatIsNoAudioDevice() {
        try (CuePlayer system = CuePlayer.withSystemAudio(); KioskFixture kiosk = new KioskFixture(data)) {
            KioskServices services = new KioskServices(kiosk.store, kiosk.services.library(), kiosk.theme,
                    kiosk.text, kiosk.ticker, kiosk.clock, kiosk.services.wakes(), system, kiosk.services.reads(),
                    data, kiosk.services.settings());
            StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(services));
            Pause.pause(new Condition("the system player has looked for an output line") {
                @Override
                public boolean test() {
                    return system.audio() != CuePlayer.Audio.CHECKING;
                }
            }, Timeout.timeout(20_000));
            waitForSound(strip, system.audio() == CuePlayer.Audio.NO_DEVICE ? "No audio device" : "Sound on");
            if ("true".equals(System.getenv("CI"))) {
                assertThat(system.audio()).as("CI has no sound card").isEqualTo(CuePlayer.Audio.NO_DEVICE);
            }
        }
    }

    @Test
    void withNoOutputLineTheStripSaysThereIsNoAudioDevice() {
        try (CuePlayer none = new CuePlayer(new LineFactory() {
            @Override
            public boolean available(AudioFormat format) {
                return false;
            }

            @Override
            public Line open(AudioFormat format) {
                throw new IllegalArgumentException("no line matching interface SourceDataLine is supported");
            }
        }); KioskFixture kiosk = new KioskFixture(data)) {
            KioskServices services = new KioskServices(kiosk.store, kiosk.services.library(), kiosk.theme,
                    kiosk.text, kiosk.ticker, kiosk.clock, kiosk.services.wakes(), none, kiosk.services.reads(),
                    data, kiosk.services.settings());
            StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(services));
            waitForSound(strip, "No audio device");
            assertThat(none.audio()).isEqualTo(CuePlayer.Audio.NO_DEVICE);
        }
    }

    @Test
    void theStripSaysWhetherSessionsHaveReachedTheCentralRecord() {
        try (KioskFixture kiosk = new KioskFixture(data)) {
            AtomicReference<ReplicationStatus> state =
                    new AtomicReference<>(
                            ReplicationStatus.reached(3, 0));
            KioskServices s = kiosk.services;
            KioskServices services = new KioskServices(s.store(), s.library(), s.theme(), s.text(), s.ticker(),
                    s.clock(), s.wakes(), s.sound(), s.reads(), data, s.settings(), () -> Optional.of(state.get()));
            StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(services));
            assertThat(GuiActionRunner.execute(strip::centralText)).isEqualTo("Central record: 3 sessions waiting");
            state.set(ReplicationStatus.reached(0, 0));
            GuiActionRunner.execute(strip::refreshCentral);
            assertThat(GuiActionRunner.execute(strip::centralText)).isEqualTo("Central record: up to date");
            StatusStrip none = GuiActionRunner.execute(() -> new StatusStrip(kiosk.services));
            assertThat(GuiActionRunner.execute(none::centralText)).isEmpty();
        }
    }

    @Test
    void sayingWhoIsSignedInAndARecordNotSaved() {
        try (KioskFixture kiosk = new KioskFixture(data)) {
            StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(kiosk.services));
            GuiActionRunner.execute(() -> strip.signedIn(Optional.of("Ana")));
            assertThat(GuiActionRunner.execute(strip::whoText)).isEqualTo("Signed in: Ana");
            GuiActionRunner.execute(() -> strip.saveFailed("disk full"));
            assertThat(GuiActionRunner.execute(strip::saveText)).contains("Record not saved: disk full");
            GuiActionRunner.execute(strip::saveRecovered);
            assertThat(GuiActionRunner.execute(strip::saveText)).isEmpty();
        }
    }

    @Test
    void mutedIsSaidAsWellAsHeard() {
        try (CuePlayer player = new CuePlayer(format -> new LineFactory.Line() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
            }

            @Override
            public void close() {
            }
        }); KioskFixture kiosk = new KioskFixture(data)) {
            KioskServices services = new KioskServices(kiosk.store, kiosk.services.library(), kiosk.theme,
                    kiosk.text, kiosk.ticker, kiosk.clock, kiosk.services.wakes(), player, kiosk.services.reads(),
                    data, kiosk.services.settings());
            StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(services));
            waitForSound(strip, "Sound on");
            player.setMuted(true);
            GuiActionRunner.execute(strip::refreshSound);
            assertThat(GuiActionRunner.execute(strip::soundText)).isEqualTo("Sound muted");
        }
    }

    /** The player asks the system on its own thread: wait (without sleeping) until the strip has heard. */
    private static void waitForSound(StatusStrip strip, String words) {
        Pause.pause(new Condition("the status strip says '" + words + "'") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    strip.refreshSound();
                    return strip.soundText().contains(words);
                });
            }
        }, Timeout.timeout(20_000));
    }
}
