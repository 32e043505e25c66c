package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import app.holdpoint.store.EventRows.Event;

/**
 * The event half of verify: one ordered pass over all sessions and one over all events, merged like a zip.
 * Each session's chain starts at its header hash; every event must have the next sequence number, link to the
 * event before and hash to what it stores; the chain must end at the count and hash the session records.
 * A session's first broken event is reported and the rest of its events skipped; the walk goes on.
 *
 * <p>The calling thread only reads rows: every session's chain is independent of the others, so chunks of
 * sessions are hashed by worker threads (one per core) while the next rows arrive. Findings are reported in the
 * order of the record whatever thread found them, and at most a few chunks are in memory at once.
 *
 * <p>On PostgreSQL the events come through binary COPY ({@link CopyEventRows}). A COPY holds its connection
 * until it ends, so the sessions cannot stream beside it: there the record is walked in stretches of
 * {@code fetchSize} sessions, each read whole and then merged with a COPY of the events of its range of ids.
 */
final class EventWalk {
    private static final int CHUNK_SESSIONS = 500;
    private static final String SESSIONS = "SELECT id, header_hash, event_count, last_event_hash,"
            + " COALESCE(origin_id, id) FROM therapy_session";

    private final Connection connection;
    private final int fetchSize;
    private final Findings findings;
    private final int threads;

    /** A session's row as the walk needs it; its hashes carry {@code hashedId} (a replica's kiosk's number). */
    private record Head(long id, long hashedId, String headerHash, int eventCount, String lastEventHash) {
    }

    /** The sessions of a pass in id order; {@code null} after the last. */
    private interface Heads {
        Head next() throws SQLException;
    }

    /** One session's chain as read, or (with no header) an orphan finding read at this place in the record. */
    private record Chain(long id, long hashedId, String headerHash, int eventCount, String lastEventHash,
                         List<Event> events, String orphan) {
    }

    private record Checked(List<VerifyResult.Failure> failures, long events) {
    }

    EventWalk(Connection connection, int fetchSize, Findings findings) {
        this(connection, fetchSize, findings, Runtime.getRuntime().availableProcessors());
    }

    EventWalk(Connection connection, int fetchSize, Findings findings, int threads) {
        this.findings = findings;
        this.connection = connection;
        this.fetchSize = Math.max(1, fetchSize);
        this.threads = Math.max(1, threads);
    }

    /** Walks every event; {@code counted} receives the number of events checked. */
    void walk(LongConsumer counted) throws SQLException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "verify-events");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Pending pending = new Pending(workers);
            if (Vendor.of(connection) == Vendor.POSTGRESQL && CopyEventRows.possible(connection)) {
                walkInStretches(pending);
            } else {
                walkAtOnce(pending);
            }
            counted.accept(pending.finish());
        } finally {
            workers.shutdownNow();
        }
    }

    /** All sessions and all events, each through one streamed JDBC result. */
    private void walkAtOnce(Pending pending) throws SQLException {
        try (PreparedStatement sessionQuery = Streaming.streamed(connection, SESSIONS + " ORDER BY id", fetchSize);
             ResultSet s = sessionQuery.executeQuery();
             EventRows e = JdbcEventRows.open(connection, fetchSize)) {
            merge(() -> s.next() ? new Head(s.getLong(1), s.getLong(5), s.getString(2), s.getInt(3),
                    s.getString(4)) : null, e, pending);
        }
    }

    /**
     * Stretch by stretch: up to {@code fetchSize} sessions read whole, then the events from just after the
     * stretch before up to its last session (the last stretch's without an end, for orphans after every session).
     */
    private void walkInStretches(Pending pending) throws SQLException {
        OptionalLong after = OptionalLong.empty();
        while (true) {
            List<Head> stretch = heads(after);
            boolean last = stretch.size() < fetchSize;
            OptionalLong upTo = last ? OptionalLong.empty() : OptionalLong.of(stretch.get(stretch.size() - 1).id());
            try (EventRows e = CopyEventRows.open(connection, after, upTo)) {
                Iterator<Head> heads = stretch.iterator();
                merge(() -> heads.hasNext() ? heads.next() : null, e, pending);
            }
            if (last) {
                return;
            }
            after = upTo;
        }
    }

    /** The next {@code fetchSize} sessions after {@code after}, read whole (no COPY may be running). */
    private List<Head> heads(OptionalLong after) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SESSIONS
                + (after.isPresent() ? " WHERE id > ?" : "") + " ORDER BY id LIMIT ?")) {
            int parameter = 1;
            if (after.isPresent()) {
                query.setLong(parameter++, after.getAsLong());
            }
            query.setInt(parameter, fetchSize);
            List<Head> heads = new ArrayList<>(fetchSize);
            try (ResultSet s = query.executeQuery()) {
                while (s.next()) {
                    heads.add(new Head(s.getLong(1), s.getLong(5), s.getString(2), s.getInt(3), s.getString(4)));
                }
            }
            return heads;
        }
    }

    /** Merges sessions with the events of the same range of ids like a zip, orphans at their place. */
    private static void merge(Heads sessions, EventRows e, Pending pending) throws SQLException {
        boolean haveEvent = e.next();
        for (Head s = sessions.next(); s != null; s = sessions.next()) {
            long id = s.id();
            while (haveEvent && e.sessionId() < id) {
                haveEvent = orphan(e, pending);
            }
            List<Event> events = new ArrayList<>();
            while (haveEvent && e.sessionId() == id) {
                events.add(e.event());
                haveEvent = e.next();
            }
            pending.add(new Chain(id, s.hashedId(), s.headerHash(), s.eventCount(), s.lastEventHash(), events,
                    null));
        }
        while (haveEvent) {
            haveEvent = orphan(e, pending);
        }
    }

    /** Notes the orphan events of one deleted session at this place in the record; false when no event is left. */
    private static boolean orphan(EventRows e, Pending pending) throws SQLException {
        long orphan = e.sessionId();
        pending.add(new Chain(orphan, orphan, null, 0, null, List.of(), "event " + e.event().seq() + " of session "
                + orphan + " belongs to no session (the session row was deleted)"));
        boolean more = e.next();
        while (more && e.sessionId() == orphan) {
            more = e.next();
        }
        return more;
    }

    /**
     * Chains on their way to the workers, a chunk at a time, at most two chunks per thread pending; their
     * findings reported in the order the chains were added.
     */
    private final class Pending {
        private final ExecutorService workers;
        private final ThreadLocal<Hashes> workerHashes = ThreadLocal.withInitial(Hashes::new);
        private final Deque<Future<Checked>> ahead = new ArrayDeque<>();
        private List<Chain> chunk = new ArrayList<>(CHUNK_SESSIONS);
        private long total;

        Pending(ExecutorService workers) {
            this.workers = workers;
        }

        void add(Chain chain) {
            chunk.add(chain);
            if (chunk.size() >= CHUNK_SESSIONS) {
                submit();
                chunk = new ArrayList<>(CHUNK_SESSIONS);
            }
        }

        /** Hands out the last chunk and reports everything; the number of events checked. */
        long finish() {
            submit();
            chunk = new ArrayList<>();
            while (!ahead.isEmpty()) {
                report(ahead.removeFirst());
            }
            return total;
        }

        /** Hands the chunk to a worker, first reporting the oldest ones so at most two per thread are pending. */
        private void submit() {
            if (chunk.isEmpty()) {
                return;
            }
            while (ahead.size() >= 2 * threads) {
                report(ahead.removeFirst());
            }
            List<Chain> handed = chunk;
            ahead.add(workers.submit(() -> check(handed, workerHashes.get())));
        }

        private void report(Future<Checked> pending) {
            Checked checked;
            try {
                checked = pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while verifying events", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("checking events failed", e.getCause());
            }
            for (VerifyResult.Failure failure : checked.failures()) {
                if (failure.sessionId().isPresent()) {
                    findings.session(failure.sessionId().getAsLong(), failure.reason());
                } else {
                    findings.general(failure.reason());
                }
            }
            total += checked.events();
        }
    }

    /** Checks a chunk's chains on a worker: its findings in order and the number of events checked. */
    private static Checked check(List<Chain> chunk, Hashes hashes) {
        List<VerifyResult.Failure> failures = new ArrayList<>();
        long total = 0;
        for (Chain chain : chunk) {
            long id = chain.id();
            if (chain.orphan() != null) {
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), chain.orphan()));
                continue;
            }
            String previous = chain.headerHash();
            int seq = 0;
            Optional<String> problem = Optional.empty();
            for (Event event : chain.events()) {
                problem = check(hashes, event, id, chain.hashedId(), seq, previous);
                if (problem.isPresent()) {
                    break;
                }
                previous = event.hash();
                seq++;
                total++;
            }
            if (problem.isPresent()) {
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), problem.get()));
            } else if (seq != chain.eventCount()) {
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), "session " + id + ": " + seq
                        + " events stored but the session records " + chain.eventCount() + " (events "
                        + (seq < chain.eventCount() ? "deleted" : "inserted") + ")"));
            } else if (!previous.equals(chain.lastEventHash())) {
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), "session " + id
                        + ": its last event does not match the one it records"));
            }
        }
        return new Checked(failures, total);
    }

    private static Optional<String> check(Hashes hashes, Event e, long sessionId, long hashedId, int expectedSeq,
                                          String previous) {
        int seq = e.seq();
        if (seq != expectedSeq) {
            return Optional.of("session " + sessionId + ": event " + expectedSeq + " is missing (the next stored is "
                    + seq + ")");
        }
        if (!previous.equals(e.prevHash())) {
            return Optional.of("session " + sessionId + ", event " + seq + ": its link to the event before does not"
                    + " match (events deleted, inserted or reordered)");
        }
        String hash = hashes.event(previous, hashedId, seq, e.type(), e.offsetNanos(), e.wallMicros(), e.phase(),
                e.plannedMs(), e.actualMs(), e.endedBy(), e.detail());
        if (!hash.equals(e.hash())) {
            return Optional.of("session " + sessionId + ", event " + seq + ": its content does not match its hash"
                    + " (edited or reordered)");
        }
        return Optional.empty();
    }
}
