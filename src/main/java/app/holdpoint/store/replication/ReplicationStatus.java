package app.holdpoint.store.replication;

import java.time.Instant;
import java.util.Optional;

/**
 * What a kiosk's replication is doing, for its status strip: a value, safe to read from any thread.
 *
 * @param state            see {@link State}
 * @param sessionsWaiting  sealed (or closed interrupted) sessions of this kiosk not yet in the central record
 * @param addendaWaiting   addenda not yet in the central record
 * @param unreachableSince when the current outage began (the first failed attempt); empty while reachable
 * @param problem          for {@link State#REFUSED}: what the central record refused; for {@link State#BEHIND}: what
 *                         this kiosk's record lacks; in words
 */
public record ReplicationStatus(State state, long sessionsWaiting, long addendaWaiting,
                                Optional<Instant> unreachableSince, Optional<String> problem) {

    public enum State {
        /** Nothing tried yet since the kiosk started. */
        STARTING,
        /** Everything sealed here is in the central record. */
        UP_TO_DATE,
        /** Reachable, with sessions or addenda still to copy. */
        WAITING,
        /** The central record cannot be reached; sessions are kept on the kiosk and copied later. */
        UNREACHABLE,
        /** The central record holds a different copy of one of this kiosk's sessions: copying stopped there. */
        REFUSED,
        /**
         * The central record already holds sealed sessions (or addenda) of this kiosk that its own record lacks:
         * the kiosk's record was put back from an older copy. Copying stops; the central copy is the witness.
         */
        BEHIND
    }

    public static ReplicationStatus starting(long sessionsWaiting, long addendaWaiting) {
        return new ReplicationStatus(State.STARTING, sessionsWaiting, addendaWaiting, Optional.empty(),
                Optional.empty());
    }

    public static ReplicationStatus reached(long sessionsWaiting, long addendaWaiting) {
        return new ReplicationStatus(sessionsWaiting + addendaWaiting == 0 ? State.UP_TO_DATE : State.WAITING,
                sessionsWaiting, addendaWaiting, Optional.empty(), Optional.empty());
    }

    public static ReplicationStatus unreachable(Instant since, long sessionsWaiting, long addendaWaiting) {
        return new ReplicationStatus(State.UNREACHABLE, sessionsWaiting, addendaWaiting, Optional.of(since),
                Optional.empty());
    }

    /** @param problem what is missing here, in words for the log */
    public static ReplicationStatus behind(String problem) {
        return new ReplicationStatus(State.BEHIND, 0, 0, Optional.empty(), Optional.of(problem));
    }

    public static ReplicationStatus refused(String problem, long sessionsWaiting, long addendaWaiting) {
        return new ReplicationStatus(State.REFUSED, sessionsWaiting, addendaWaiting, Optional.empty(),
                Optional.of(problem));
    }
}
