package app.holdpoint.session;

import java.util.ArrayList;
import java.util.List;

/** Listens to everything an engine emits, for assertions. */
final class Recorder implements SessionEventListener, CueListener, StateListener {
    final List<SessionEvent> events = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final List<SessionState> states = new ArrayList<>();

    static Recorder on(SessionEngine engine) {
        Recorder recorder = new Recorder();
        engine.onEvent(recorder).onCue(recorder).onState(recorder);
        return recorder;
    }

    @Override
    public void onEvent(SessionEvent event) {
        events.add(event);
    }

    @Override
    public void onCue(Cue cue) {
        cues.add(cue);
    }

    @Override
    public void stateChanged(SessionState from, SessionState to) {
        states.add(to);
    }

    List<EventType> types() {
        return events.stream().map(SessionEvent::type).toList();
    }

    List<SessionEvent> of(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    List<Cue> cues(CueType type) {
        return cues.stream().filter(c -> c.type() == type).toList();
    }

    SessionEvent last() {
        return events.get(events.size() - 1);
    }
}
