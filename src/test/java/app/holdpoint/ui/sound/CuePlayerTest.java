package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CuePlayerTest {
    private final Logger log = Logger.getLogger(CuePlayer.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private CuePlayer player;

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        if (player != null) {
            player.close();
        }
    }

    private List<LogRecord> warnings() {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        }
    }

    @Test
    void playWritesTheCuesToneToTheLine() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setVolume(0.5);

        player.play(Chime.TICK);

        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lines.allBytes()).isEqualTo(ToneSynth.render(Chime.TICK.tone(), 0.5));
        assertThat(player.isSilent()).isFalse();
    }

    @Test
    void withSpokenCuesOnTheWordIsMixedIntoTheToneAtTheSameVolume() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setVolume(0.6);
        player.setSpeech(Optional.of(Voice.GERMAN));

        player.play(Chime.TICK, Word.TWO);

        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        byte[] tone = ToneSynth.render(Chime.TICK.tone(), 0.6);
        byte[] word = new SpeechClips().render(Voice.GERMAN, Word.TWO, 0.6).orElseThrow();
        int offset = Math.round(ToneSynth.SAMPLE_RATE * Chime.TICK.tone().notes().get(0).millis() / 1000f);
        assertThat(lines.allBytes()).isEqualTo(Mix.of(tone, word, offset));
        assertThat(lines.allBytes().length).isGreaterThan(tone.length + word.length / 2);
    }

    @Test
    void withSpokenCuesOffOnlyTheToneIsPlayed() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setVolume(0.6);
        player.setSpeech(Optional.of(Voice.ENGLISH));
        player.setSpeech(Optional.empty());

        player.play(Chime.PHASE_PRESSURE, Word.PRESS);
        player.play(Chime.TICK, Word.THREE);

        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        ByteArrayOutputStream tones = new ByteArrayOutputStream();
        tones.writeBytes(ToneSynth.render(Chime.PHASE_PRESSURE.tone(), 0.6));
        tones.writeBytes(ToneSynth.render(Chime.TICK.tone(), 0.6));
        assertThat(lines.allBytes()).isEqualTo(tones.toByteArray());
        assertThat(player.speech()).isEmpty();
    }

    @Test
    void aMutedPlayerSaysNothingEither() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setSpeech(Optional.of(Voice.ENGLISH));
        player.setMuted(true);

        player.play(Chime.PHASE_REST, Word.RELAX);

        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lines.allBytes()).isEmpty();
    }

    @Test
    void differentCuesWriteDifferentSound() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        for (Chime cue : Chime.values()) {
            player.play(cue);
            assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        }

        List<byte[]> writes = lines.writes();
        assertThat(writes).hasSize(Chime.values().length);
        for (int i = 0; i < writes.size(); i++) {
            for (int j = i + 1; j < writes.size(); j++) {
                assertThat(writes.get(i)).as("%s vs %s", Chime.values()[i], Chime.values()[j])
                        .isNotEqualTo(writes.get(j));
            }
        }
        assertThat(lines.opened).as("one line kept open for all cues").hasValue(1);
    }

    @Test
    void mutedPlaysNothing() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setMuted(true);

        player.play(Chime.ALARM);
        player.play(Chime.PHASE_PRESSURE);

        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lines.writes()).isEmpty();
        assertThat(player.isMuted()).isTrue();

        player.setMuted(false);
        player.play(Chime.TICK);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lines.writes()).hasSize(1);
    }

    @Test
    void volumeScalesTheLoudness() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.setVolume(1.0);
        player.play(Chime.HALFWAY);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        player.setVolume(0.4);
        player.play(Chime.HALFWAY);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        player.setVolume(0);
        player.play(Chime.HALFWAY);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();

        List<byte[]> writes = lines.writes();
        assertThat(Pcm.peak(writes.get(1))).isLessThan(Pcm.peak(writes.get(0)) / 3);
        assertThat(Pcm.peak(writes.get(2))).isZero();
    }

    @Test
    void volumeIsClampedToZeroToOne() {
        player = new CuePlayer(new FakeLines(FakeLines.Behaviour.RECORD));
        player.setVolume(3);
        assertThat(player.volume()).isEqualTo(1.0);
        player.setVolume(-1);
        assertThat(player.volume()).isZero();
        player.setVolume(Double.NaN);
        assertThat(player.volume()).isZero();
    }

    @Test
    void anUnavailableDeviceLogsOnceAndStaysSilent() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.UNAVAILABLE);
        player = new CuePlayer(lines);

        for (Chime cue : Chime.values()) {
            player.play(cue);
            assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(player.isSilent()).isTrue();
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0).getMessage()).contains("No audio output", "stays silent");
        assertThat(lines.opened).as("no retry after the first failure").hasValue(1);
    }

    @Test
    void noAudioDeviceAtAllIsTheSameAsAnUnavailableOne() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.NO_DEVICE);
        player = new CuePlayer(lines);

        player.play(Chime.PHASE_REST);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        player.play(Chime.ALARM);
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();

        assertThat(player.isSilent()).isTrue();
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void playReturnsAtOnceEvenWhenTheDeviceBlocks() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.BLOCK);
        player = new CuePlayer(lines);
        player.play(Chime.PHASE_PRESSURE);
        assertThat(lines.firstWrite.await(5, TimeUnit.SECONDS)).as("the worker is stuck in write").isTrue();

        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            player.play(Chime.values()[i % Chime.values().length]);
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).as("200 plays while the device blocks").isLessThan(1000);
        assertThat(player.pendingCount()).isLessThanOrEqualTo(CuePlayer.MAX_PENDING);
        assertThat(player.droppedCount()).isPositive();
        lines.release.countDown();
        assertThat(player.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWaitingCueIsNotQueuedTwiceAndAnAlarmIsNeverDropped() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.BLOCK);
        player = new CuePlayer(lines);
        player.play(Chime.PHASE_STRETCH);
        assertThat(lines.firstWrite.await(5, TimeUnit.SECONDS)).isTrue();

        player.play(Chime.ALARM);
        player.play(Chime.TICK);
        player.play(Chime.TICK);
        player.play(Chime.HALFWAY);
        player.play(Chime.WARNING);
        player.play(Chime.SESSION_COMPLETED);

        assertThat(player.pendingCues()).containsExactly(Chime.ALARM, Chime.WARNING, Chime.SESSION_COMPLETED);
        lines.release.countDown();
        assertThat(player.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClosedPlayerIgnoresCues() throws InterruptedException {
        FakeLines lines = new FakeLines(FakeLines.Behaviour.RECORD);
        player = new CuePlayer(lines);
        player.close();

        player.play(Chime.ALARM);

        assertThat(player.pendingCount()).isZero();
        assertThat(player.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lines.writes()).isEmpty();
    }
}
