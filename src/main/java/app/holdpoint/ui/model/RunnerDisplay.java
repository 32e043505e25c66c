package app.holdpoint.ui.model;

import java.time.Duration;
import java.util.Optional;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.SourceTags;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.session.SessionState;
import app.holdpoint.ui.Text;

/**
 * What the runner screen shows for one snapshot, worked out without Swing: the words, the clock face, the
 * ring's progress and what tapping the dial does.
 *
 * @param clock        the big digits: remaining for countdowns, elapsed for holds and prompts
 * @param countsUp     true when the digits count up
 * @param primary      what a tap on the dial (or space, enter, a pedal) does now
 * @param primaryLabel the words under the digits saying so
 */
public record RunnerDisplay(
        SessionState state,
        Optional<PhaseKind> kind,
        String word,
        String label,
        String cycle,
        String target,
        Optional<Muscle> muscle,
        Optional<Side> side,
        String cue,
        String next,
        String clock,
        boolean countsUp,
        double progress,
        Primary primary,
        String primaryLabel,
        String sessionProgress) {

    /** The one action a tap anywhere on the countdown performs. */
    public enum Primary { NONE, CONFIRM, RATE, COUNT_NEEDLES, MARK_RELEASE, RESUME }

    public static RunnerDisplay of(SessionSnapshot snapshot, Catalog catalog, Text text) {
        Optional<Phase> phase = snapshot.phase();
        if (phase.isEmpty()) {
            String word = text.get(snapshot.state() == SessionState.READY ? "runner.ready" : "runner.finished");
            return new RunnerDisplay(snapshot.state(), Optional.empty(), word, "", "", "", Optional.empty(),
                    Optional.empty(), "", "", Durations.clock(Duration.ZERO), false, snapshot.progress(),
                    Primary.NONE, "", sessionProgress(snapshot, text));
        }
        Phase p = phase.get();
        Optional<Muscle> muscle = p.muscle().flatMap(catalog::muscle);
        String target = muscle.map(Muscle::name).orElse(p.muscle().orElse(""))
                + p.side().filter(s -> s != Side.ASK).map(s -> " · " + text.get("side." + s.word())).orElse("");
        boolean countsUp = snapshot.remaining().isEmpty();
        String clock = Durations.clock(snapshot.remaining().orElse(snapshot.elapsed()));
        Primary primary = primary(snapshot, p);
        // The therapist sees clean words; the source tags stay in the file, the record and the audit.
        return new RunnerDisplay(snapshot.state(), Optional.of(p.kind()), p.kind().word(), SourceTags.strip(p.label()),
                p.cycles() > 1 ? text.get("runner.cycle", p.cycle(), p.cycles()) : "",
                target.strip(), muscle, p.side().filter(s -> s != Side.ASK), SourceTags.strip(p.cue()),
                snapshot.next().map(n -> text.get("runner.next", text.get("phase." + n.kind().name()),
                        SourceTags.strip(n.label())))
                        .orElse(
                        text.get("runner.nextEnd")),
                clock, countsUp, snapshot.progress(), primary, primaryLabel(primary, snapshot, p, text),
                sessionProgress(snapshot, text));
    }

    private static Primary primary(SessionSnapshot snapshot, Phase phase) {
        if (snapshot.state() == SessionState.PAUSED) {
            return Primary.RESUME;
        }
        if (snapshot.state() == SessionState.AWAITING_CONFIRMATION) {
            if (phase.kind() == PhaseKind.RATE) {
                return Primary.RATE;
            }
            return phase.expectedCount() > 0 ? Primary.COUNT_NEEDLES : Primary.CONFIRM;
        }
        if (snapshot.state() == SessionState.RUNNING && phase.timing() instanceof Timing.UntilRelease) {
            return Primary.MARK_RELEASE;
        }
        return Primary.NONE;
    }

    private static String primaryLabel(Primary primary, SessionSnapshot snapshot, Phase phase, Text text) {
        switch (primary) {
            case RESUME:
                return text.get("runner.tapResume");
            case RATE:
                return text.get("runner.tapRate");
            case COUNT_NEEDLES:
                return text.get("runner.tapCount", phase.expectedCount());
            case CONFIRM:
                return text.get("runner.tapConfirm");
            case MARK_RELEASE:
                Timing.UntilRelease release = (Timing.UntilRelease) phase.timing();
                return snapshot.releaseAllowed() ? text.get("runner.tapRelease", Durations.clock(release.max()))
                        : text.get("runner.releaseFrom", Durations.clock(release.min()));
            default:
                return "";
        }
    }

    private static String sessionProgress(SessionSnapshot snapshot, Text text) {
        return text.get("runner.progress", Math.min(snapshot.phasesDone() + 1, snapshot.phaseCount()),
                snapshot.phaseCount(), Durations.clock(snapshot.sessionElapsed()),
                Durations.clock(snapshot.totalPlanned()));
    }
}
