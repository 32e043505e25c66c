package app.holdpoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

class ListenersTest {

    private final Sessions session = Sessions.of(Phases.timeline()
            .fixed(PhaseKind.PRESS, 10).prompt(PhaseKind.SPRAY).fixed(PhaseKind.STRETCH, 10));

    @Test
    void stateListenersHearEveryChangeOnceAndOnlyRealChanges() {
        session.engine.start();
        session.after(10);
        session.engine.pause();
        session.engine.resume();
        session.engine.confirm();
        session.after(10);

        assertThat(session.recorder.states).containsExactly(SessionState.RUNNING,
                SessionState.AWAITING_CONFIRMATION, SessionState.PAUSED, SessionState.AWAITING_CONFIRMATION,
                SessionState.RUNNING, SessionState.COMPLETED);
    }

    @Test
    void aListenerMayCommandTheEngineAndEveryoneStillSeesTheStreamInOrder() {
        session.engine.onEvent(event -> {
            if (event.type() == EventType.AWAITING_CONFIRMATION) {
                session.engine.confirm();
            }
        });
        List<Integer> seen = new ArrayList<>();
        session.engine.onEvent(event -> seen.add(event.sequence()));

        session.engine.start();
        session.after(10);   // the prompt starts and is confirmed at once, from inside the listener
        session.after(10);

        assertThat(session.engine.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(seen).isSorted().doesNotHaveDuplicates().hasSize(session.engine.events().size());
        assertThat(session.recorder.events).isEqualTo(session.engine.events());
    }

    @Test
    void listenersSeeAConsistentEngineWhenTheyAreCalled() {
        List<SessionState> statesSeen = new ArrayList<>();
        session.engine.onEvent(event -> statesSeen.add(session.engine.snapshot().state()));

        session.engine.start();

        assertThat(statesSeen).containsOnly(SessionState.RUNNING);
    }

    @Test
    void whatAFailingListenerMissedIsDeliveredOnTheNextCall() {
        boolean[] failOnce = {true};
        List<EventType> seen = new ArrayList<>();
        session.engine.onEvent(event -> {
            if (event.type() == EventType.PHASE_STARTED && failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("store briefly unavailable");
            }
            seen.add(event.type());
        });

        assertThatThrownBy(session.engine::start).hasMessage("store briefly unavailable");
        assertThat(session.engine.state()).isEqualTo(SessionState.RUNNING);
        session.engine.poll();

        assertThat(seen).containsExactly(EventType.SESSION_STARTED);
        assertThat(session.recorder.types()).containsExactly(EventType.SESSION_STARTED, EventType.PHASE_STARTED);
    }
}
