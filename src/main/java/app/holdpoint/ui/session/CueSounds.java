package app.holdpoint.ui.session;

import java.time.Duration;
import java.util.Optional;

import app.holdpoint.protocol.Phase;
import app.holdpoint.session.Cue;
import app.holdpoint.ui.sound.Chime;
import app.holdpoint.ui.sound.Word;

/** Which tone the kiosk plays for an engine cue, and which word it says with it when spoken cues are on. */
final class CueSounds {
    /** A tick delivered this late belongs to a second already gone: a burst of stale ticks would only confuse. */
    static final Duration STALE_TICK = Duration.ofMillis(700);

    private CueSounds() {
    }

    /** The tone for this cue; empty for a stale last-seconds tick. */
    static Optional<Chime> of(Cue cue) {
        switch (cue.type()) {
            case PHASE_STARTED:
                return cue.phase().map(Phase::kind).map(Chime::phaseStarted);
            case LAST_SECONDS:
                return cue.lateNanos() > STALE_TICK.toNanos() ? Optional.empty()
                        : Optional.of(Chime.TICK);
            case HALFWAY:
                return Optional.of(Chime.HALFWAY);
            case RELEASE_ALLOWED:
                return Optional.of(Chime.RELEASE_ALLOWED);
            case WARNING:
                return Optional.of(Chime.WARNING);
            case ALARM:
                return Optional.of(Chime.ALARM);
            case AWAITING_CONFIRMATION:
                return Optional.of(Chime.AWAITING_CONFIRMATION);
            case SESSION_COMPLETED:
                return Optional.of(Chime.SESSION_COMPLETED);
            default:
                return Optional.empty();
        }
    }

    /**
     * The word said with the cue's tone: the phase's word when a phase starts, "three", "two", "one" in the last
     * seconds (none for a stale tick, which plays no tone either), "release" when a hold may be released.
     */
    static Optional<Word> spoken(Cue cue) {
        switch (cue.type()) {
            case PHASE_STARTED:
                return cue.phase().map(Phase::kind).map(Word::phaseStarted);
            case LAST_SECONDS:
                return cue.lateNanos() > STALE_TICK.toNanos() || cue.count() < 1 || cue.count() > 3
                        ? Optional.empty() : Optional.of(Word.count(cue.count()));
            case RELEASE_ALLOWED:
                return Optional.of(Word.RELEASE);
            default:
                return Optional.empty();
        }
    }
}
