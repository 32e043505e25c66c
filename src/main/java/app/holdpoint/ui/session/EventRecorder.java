package app.holdpoint.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionEventListener;
import app.holdpoint.store.DiskFull;
import app.holdpoint.store.SessionRecorder;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.FailureText;

/**
 * Writes every event of the running session to the store, in order. The store's writer thread keeps the
 * submission order; an event counts as saved only once its write committed. After a failed write (disk full,
 * read-only folder) nothing more is sent: the failed event and everything after it wait, in order, until
 * {@link #retry()}, so the record never gets a gap and the screen never claims what is not on disk.
 *
 * <p>Used on the Event Dispatch Thread only; the store's answers are handed back to it.
 */
final class EventRecorder implements SessionEventListener {

    /** Told on the Event Dispatch Thread. */
    interface Listener {
        /**
         * A write failed; {@code cause} is what the store threw (words for it: {@link FailureText#reason(Throwable,
         * app.holdpoint.ui.Text)}), {@code diskFull} says the disk that holds the record is full (the same write
         * succeeds once space is freed).
         */
        void saveFailed(Throwable cause, boolean diskFull);

        /** Everything waiting after a failure is now saved. */
        void saveRecovered();
    }

    private final SessionRecorder store;
    private final long sessionId;
    private final Listener listener;
    private final Deque<SessionEvent> unsaved = new ArrayDeque<>();
    private int inFlight;
    private boolean failed;
    /** Set by a failure, cleared once everything held back is saved: then the screen is told. */
    private boolean recovering;

    EventRecorder(SessionRecorder store, long sessionId, Listener listener) {
        this.store = store;
        this.sessionId = sessionId;
        this.listener = listener;
    }

    long sessionId() {
        return sessionId;
    }

    @Override
    public void onEvent(SessionEvent event) {
        unsaved.addLast(event);
        if (!failed) {
            submit(event);
        }
    }

    /** True after a failed write, until a retry saved everything waiting. */
    boolean failed() {
        return failed;
    }

    /** True when every event so far is committed. */
    boolean allSaved() {
        return !failed && unsaved.isEmpty();
    }

    /** Events not (yet) known to be committed, in order. */
    List<SessionEvent> unsaved() {
        return List.copyOf(unsaved);
    }

    /** Sends again, in order, everything a failure held back; false while earlier writes are still under way. */
    boolean retry() {
        if (!failed || inFlight > 0) {
            return false;
        }
        failed = false;
        unsaved.forEach(this::submit);
        if (unsaved.isEmpty()) {
            recovering = false;
            listener.saveRecovered();
        }
        return true;
    }

    private void submit(SessionEvent event) {
        inFlight++;
        Background.await(store.append(sessionId, event))
                .logAs("session " + sessionId + ": event " + event.sequence() + " not saved")
                .onSuccess(ok -> saved(event)).onFailureCause(this::notSaved).start();
    }

    private void saved(SessionEvent event) {
        inFlight--;
        unsaved.remove(event);
        if (!failed && unsaved.isEmpty() && inFlight == 0 && recovering) {
            recovering = false;
            listener.saveRecovered();
        }
    }

    private void notSaved(Throwable cause) {
        inFlight--;
        if (!failed) {
            failed = true;
            recovering = true;
            listener.saveFailed(cause, cause instanceof DiskFull);
        }
    }
}
