package app.holdpoint.session;

/** Receives cues for sound and flashes, on the thread that drives the engine. */
@FunctionalInterface
public interface CueListener {
    void onCue(Cue cue);
}
