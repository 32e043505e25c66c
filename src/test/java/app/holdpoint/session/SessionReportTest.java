package app.holdpoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;

class SessionReportTest {

    private static final Duration TOLERANCE = Duration.ofSeconds(2);

    private final Timeline timeline = Phases.timeline().fixed(PhaseKind.PRESS, 90).fixed(PhaseKind.RELAX, 30)
            .release(30, 50, 60).prompt(PhaseKind.RATE).fixed(PhaseKind.STRETCH, 30).build();
    private final Sessions session = new Sessions(timeline);

    private SessionReport report() {
        return SessionReport.from(timeline, session.engine.events(), TOLERANCE);
    }

    @Test
    void aSessionRunAsPlannedHasOneRowPerPhaseAndNoDeviations() {
        session.engine.start();
        session.after(150);
        session.engine.markRelease();
        session.engine.confirm(4);
        session.after(30);

        SessionReport report = report();
        assertThat(report.outcome()).isEqualTo(SessionReport.Outcome.COMPLETED);
        assertThat(report.rows()).extracting(row -> row.phase().index()).containsExactly(0, 1, 2, 3, 4);
        assertThat(report.hasDeviations()).isFalse();
        assertThat(report.totalPlanned()).isEqualTo(Duration.ofSeconds(180));
        assertThat(report.totalActual()).isEqualTo(Duration.ofSeconds(180));
        assertThat(report.length()).isEqualTo(Duration.ofSeconds(180));
        assertThat(report.rows().get(3).value()).hasValue(4);
        assertThat(report.rows().get(2).endedBy()).contains(EndedBy.RELEASE);
    }

    @Test
    void skippedShortenedExtendedAndCappedPhasesAreFlagged() {
        session.engine.start();
        session.after(60);
        session.engine.skip();                 // press: 60 of 90 s
        session.after(10);
        session.engine.extend(15);             // relax: 30 + 15 s
        session.after(35);
        session.after(60);                     // hold: capped at 60 s
        session.engine.confirm(3);
        session.after(29);
        session.engine.skip();                 // stretch: 29 of 30 s, within tolerance

        List<PhaseRow> rows = report().rows();
        assertThat(rows.get(0).deviations()).containsExactlyInAnyOrder(Deviation.SKIPPED, Deviation.SHORTENED);
        assertThat(rows.get(0).actual()).isEqualTo(Duration.ofSeconds(60));
        assertThat(rows.get(1).deviations()).containsExactly(Deviation.EXTENDED);
        assertThat(rows.get(1).extended()).isEqualTo(Duration.ofSeconds(15));
        assertThat(rows.get(1).actual()).isEqualTo(Duration.ofSeconds(45));
        assertThat(rows.get(2).deviations()).containsExactly(Deviation.CAPPED);
        assertThat(rows.get(3).deviations()).isEmpty();
        assertThat(rows.get(4).deviations()).containsExactly(Deviation.SKIPPED);
    }

    @Test
    void pausesAreReportedApartFromActiveTime() {
        session.engine.start();
        session.after(10);
        session.engine.pause();
        session.after(25);
        session.engine.resume();
        session.after(80);

        PhaseRow press = report().rows().get(0);
        assertThat(press.actual()).isEqualTo(Duration.ofSeconds(90));
        assertThat(press.paused()).isEqualTo(Duration.ofSeconds(25));
        assertThat(press.deviations()).isEmpty();
        assertThat(report().totalPaused()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void aRepeatedPhaseHasARowPerRun() {
        session.engine.start();
        session.after(45);
        session.engine.back();
        session.after(90);

        List<PhaseRow> rows = report().rows();
        assertThat(rows).extracting(PhaseRow::run).containsExactly(1, 2, 1);
        assertThat(rows.get(0).deviations()).containsExactly(Deviation.REPEATED);
        assertThat(rows.get(1).endedBy()).contains(EndedBy.TIMER);
        assertThat(rows.get(1).startOffset()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void endingEarlyGivesTheReasonAndMarksPhasesNeverReached() {
        session.engine.start();
        session.after(100);
        session.engine.endEarly("client felt faint");

        SessionReport report = report();
        assertThat(report.outcome()).isEqualTo(SessionReport.Outcome.ENDED_EARLY);
        assertThat(report.sessionDeviations()).containsExactly(Deviation.ENDED_EARLY);
        assertThat(report.endReason()).isEqualTo("client felt faint");
        assertThat(report.rows().get(1).deviations()).containsExactly(Deviation.SHORTENED);
        assertThat(report.rows().get(1).endedBy()).contains(EndedBy.END);
        assertThat(report.rows().subList(2, 5)).allSatisfy(row -> {
            assertThat(row.deviations()).containsExactly(Deviation.NOT_REACHED);
            assertThat(row.endedBy()).isEqualTo(Optional.empty());
        });
        assertThat(report.totalActual()).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void anUnfinishedSessionReportsItsOpenPhaseUpToTheLastEvent() {
        session.engine.start();
        session.after(20);
        session.engine.pause();

        SessionReport report = report();
        assertThat(report.outcome()).isEqualTo(SessionReport.Outcome.IN_PROGRESS);
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.actual()).isEqualTo(Duration.ofSeconds(20));
            assertThat(row.endedBy()).isEmpty();
        });
    }

    @Test
    void anEmptyStreamIsASessionNotStarted() {
        SessionReport report = SessionReport.from(timeline, List.of(), TOLERANCE);

        assertThat(report.outcome()).isEqualTo(SessionReport.Outcome.NOT_STARTED);
        assertThat(report.rows()).isEmpty();
    }

    @Test
    void aStreamWithAGapIsRejected() {
        session.engine.start();
        session.after(100);
        List<SessionEvent> events = new ArrayList<>(session.engine.events());
        events.remove(1);

        assertThatThrownBy(() -> SessionReport.from(timeline, events, TOLERANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 1 has sequence 2: the stream is incomplete or out of order");
    }
}
