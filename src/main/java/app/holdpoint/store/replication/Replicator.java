package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import app.holdpoint.store.Database;
import app.holdpoint.store.StoreException;

/**
 * Copies a kiosk's sealed sessions (closed interrupted ones too), their events and addenda to the central
 * record, and the central therapist directory back to the kiosk. The kiosk writes to its own database first and
 * never waits for this: the replicator runs on one daemon thread of its own ({@link #start}), or pass by pass
 * when a test calls {@link #runOnce}.
 *
 * <p>A pass: pull the directory; read this kiosk's position from the central record (the highest seal and
 * addendum numbers it holds for this kiosk); copy every later session in seal order, then every later addendum
 * in chain order, each in its own central transaction; note the position locally after each. Any failure ends
 * the pass; the next pass starts again from what the central record holds, so an outage, a crash or a lost
 * acknowledgement re-sends at most what is not there, and the central unique key (kiosk, session number)
 * refuses a second copy if anything is sent twice.
 */
public final class Replicator implements AutoCloseable {
    /** How often an idle kiosk looks for new seals and directory changes. */
    public static final Duration IDLE = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(Replicator.class.getName());

    private final Database local;
    private final CentralRecord central;
    private final String origin;
    private final Clock clock;
    private final Runnable afterCentralCommit;
    private final Duration idle;
    private final Backoff backoff = new Backoff();
    private final Object wake = new Object();
    private volatile ReplicationStatus status;
    private Instant unreachableSince;
    private Thread thread;
    private boolean nudged;
    private boolean closed;

    /**
     * @param local   the kiosk's own database
     * @param central where the central record is
     * @param kioskId this kiosk's name in the central record, used the first time only: once noted locally the
     *                kiosk keeps that name, so renaming the machine never starts a second chain centrally
     * @param clock   for "unreachable since" and the note's time
     */
    public static Replicator forKiosk(Database local, CentralRecord central, String kioskId, Clock clock) {
        return new Replicator(local, central, kioskId, clock, () -> { }, IDLE);
    }

    /** With another idle wait: a test waits longer than it could, to see that a nudge does not wait. */
    static Replicator idlingFor(Duration idle, Database local, CentralRecord central, String kioskId, Clock clock) {
        return new Replicator(local, central, kioskId, clock, () -> { }, idle);
    }

    /** With a hook run after each central commit and before the local note: tests crash there. */
    static Replicator withHook(Database local, CentralRecord central, String kioskId, Clock clock,
                               Runnable afterCentralCommit) {
        return new Replicator(local, central, kioskId, clock, afterCentralCommit, IDLE);
    }

    private Replicator(Database local, CentralRecord central, String kioskId, Clock clock,
                       Runnable afterCentralCommit, Duration idle) {
        this.local = local;
        this.idle = idle;
        this.central = central;
        this.clock = clock;
        this.afterCentralCommit = afterCentralCommit;
        try (Connection c = local.connect()) {
            Position.Note note = Position.ensure(c, kioskId, clock.instant());
            this.origin = note.origin();
            this.status = ReplicationStatus.starting(Position.sessionsWaiting(c, note.sessionsThrough()),
                    Position.addendaWaiting(c, note.addendaThrough()));
        } catch (SQLException e) {
            throw new StoreException("cannot prepare this kiosk's record for the central record: "
                    + e.getMessage(), e);
        }
    }

    /** This kiosk's name in the central record. */
    public String origin() {
        return origin;
    }

    /** The latest state; cheap, for a screen that looks once a second. */
    public ReplicationStatus status() {
        return status;
    }

    /** One pass, on the calling thread (never the EDT). Never throws: the outcome is the returned status. */
    public synchronized ReplicationStatus runOnce() {
        ReplicationStatus next;
        try (Connection here = local.connect()) {
            Position.Note note = Position.read(here).orElseThrow();
            try {
                next = pass(here);
                unreachableSince = null;
            } catch (Conflict e) {
                LOG.warning("central record: " + e.getMessage());
                note = Position.read(here).orElseThrow();
                next = ReplicationStatus.refused(e.getMessage(), Position.sessionsWaiting(here, note.sessionsThrough()),
                        Position.addendaWaiting(here, note.addendaThrough()));
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.INFO, "central record not reached; sessions stay on this kiosk", e);
                if (unreachableSince == null) {
                    unreachableSince = clock.instant();
                }
                note = Position.read(here).orElseThrow();
                next = ReplicationStatus.unreachable(unreachableSince, Position.sessionsWaiting(here,
                        note.sessionsThrough()), Position.addendaWaiting(here, note.addendaThrough()));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "replication could not read this kiosk's record", e);
            next = status;
        }
        status = next;
        return next;
    }

    private ReplicationStatus pass(Connection here) throws SQLException, Conflict {
        try (Connection there = central.connect()) {
            there.setAutoCommit(false);
            DirectoryPull.pull(there, here);
            long sessionsThrough = highest(there, "SELECT MAX(seal_seq) FROM therapy_session WHERE origin = ?");
            long addendaThrough = highest(there, "SELECT MAX(chain_seq) FROM addendum WHERE origin = ?");
            String centralHead = sessionsThrough == 0 ? null : (String) Rows.value(there,
                    "SELECT seal_hash FROM therapy_session WHERE origin = ? AND seal_seq = ?", origin, sessionsThrough);
            there.rollback();
            Optional<String> behind = behind(here, sessionsThrough, centralHead, addendaThrough);
            if (behind.isPresent()) {
                LOG.severe("central record: " + behind.get());
                return ReplicationStatus.behind(behind.get());
            }
            Position.note(here, sessionsThrough, addendaThrough, clock.instant());
            SessionCopy copy = new SessionCopy(here, there, origin);
            copy.keys();
            for (long seq : numbers(here, "SELECT seal_seq FROM therapy_session WHERE origin = '' AND seal_seq > ?"
                    + " ORDER BY seal_seq", sessionsThrough)) {
                copy.session(seq);
                afterCentralCommit.run();
                sessionsThrough = seq;
                Position.note(here, sessionsThrough, addendaThrough, clock.instant());
            }
            for (long seq : numbers(here, "SELECT chain_seq FROM addendum WHERE origin = '' AND chain_seq > ?"
                    + " ORDER BY chain_seq", addendaThrough)) {
                if (copy.addendum(seq) == null) {
                    break; // its session is sealed after the sessions this pass copied: the next pass takes both
                }
                afterCentralCommit.run();
                addendaThrough = seq;
                Position.note(here, sessionsThrough, addendaThrough, clock.instant());
            }
            return ReplicationStatus.reached(Position.sessionsWaiting(here, sessionsThrough),
                    Position.addendaWaiting(here, addendaThrough));
        }
    }

    /**
     * What this kiosk's record lacks of what it already copied to the central record (the central copy as the
     * witness of the kiosk's chain head): a record put back from an older copy, with its head file, passes the
     * start-up check but is behind here, or holds another seal where the central record has this kiosk's newest
     * (put back, then used). Empty when the record holds everything it copied.
     *
     * @param centralHead the seal hash of this kiosk's newest seal in the central record; null when there is none
     */
    private static Optional<String> behind(Connection here, long sessionsThrough, String centralHead,
                                           long addendaThrough) throws SQLException {
        Long seals = Rows.longValue(here, "SELECT MAX(seal_seq) FROM therapy_session WHERE origin = ''");
        Long addenda = Rows.longValue(here, "SELECT MAX(chain_seq) FROM addendum WHERE origin = ''");
        long localSeals = seals == null ? 0 : seals;
        long localAddenda = addenda == null ? 0 : addenda;
        if (sessionsThrough > localSeals || addendaThrough > localAddenda) {
            return Optional.of("this kiosk's record is behind what it already copied (the central record holds its"
                    + " seal #" + sessionsThrough + " and addendum #" + addendaThrough + ", this record ends at seal #"
                    + localSeals + " and addendum #" + localAddenda + "): it was put back from an older copy;"
                    + " nothing more is copied until an administrator checks it");
        }
        if (centralHead != null && !centralHead.equals(Rows.value(here,
                "SELECT seal_hash FROM therapy_session WHERE origin = '' AND seal_seq = ?", sessionsThrough))) {
            return Optional.of("this kiosk's seal #" + sessionsThrough + " here is not the one the central record"
                    + " holds: this record was put back from an older copy and used since; nothing more is copied"
                    + " until an administrator checks it");
        }
        return Optional.empty();
    }

    private long highest(Connection there, String sql) throws SQLException {
        Long value = Rows.longValue(there, sql, origin);
        return value == null ? 0 : value;
    }

    private static List<Long> numbers(Connection c, String sql, long after) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        for (var row : Rows.all(c, sql, after)) {
            numbers.add(((Number) row.values().iterator().next()).longValue());
        }
        return numbers;
    }

    /**
     * Starts the replicator's daemon thread: a pass now, then every {@link #IDLE} while reachable, or after a
     * {@link Backoff} while not, and soon after each {@link #nudge}; {@code listener} hears each pass's status on
     * that thread.
     */
    public void start(Consumer<ReplicationStatus> listener) {
        synchronized (wake) {
            if (thread != null) {
                throw new IllegalStateException("the replicator is already running");
            }
            thread = new Thread(() -> loop(listener), "holdpoint-replicator");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Asks for a pass soon (after a seal, say) instead of at the next idle wake-up. */
    public void nudge() {
        synchronized (wake) {
            nudged = true;
            wake.notifyAll();
        }
    }

    private void loop(Consumer<ReplicationStatus> listener) {
        while (true) {
            synchronized (wake) {
                if (closed) {
                    return;
                }
                nudged = false;
            }
            ReplicationStatus now = runOnce();
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a replication status listener failed", e);
            }
            Duration wait = switch (now.state()) {
                case UNREACHABLE, REFUSED, BEHIND -> backoff.failed();
                default -> {
                    backoff.succeeded();
                    yield idle;
                }
            };
            synchronized (wake) {
                long until = System.nanoTime() + wait.toNanos();
                while (!closed && !nudged) {
                    long left = until - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        wake.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Stops the thread after its current pass; what is not copied yet stays noted and goes next time. */
    @Override
    public void close() {
        Thread running;
        synchronized (wake) {
            closed = true;
            wake.notifyAll();
            running = thread;
        }
        if (running != null) {
            try {
                running.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The local note, for a kiosk that has not reached the central record yet. */
    Optional<Position.Note> note() {
        try (Connection c = local.connect()) {
            return Position.read(c);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
