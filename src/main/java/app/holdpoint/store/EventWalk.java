package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * The event half of verify: one ordered pass over all sessions and one over all events, merged like a zip.
 * Each session's chain starts at its header hash; every event must have the next sequence number, link to the
 * event before and hash to what it stores; the chain must end at the count and hash the session records.
 * A session's first broken event is reported and the rest of its events skipped; the walk goes on.
 *
 * <p>The calling thread only reads rows: every session's chain is independent of the others, so chunks of
 * sessions are hashed by worker threads (one per core) while the next rows arrive. Findings are reported in the
 * order of the record whatever thread found them, and at most a few chunks are in memory at once.
 */
final class EventWalk {
    private static final int CHUNK_SESSIONS = 500;

    private final Connection connection;
    private final int fetchSize;
    private final Findings findings;
    private final int threads;

    /** A stored event as read, for hashing on a worker. */
    private record Event(int seq, String type, long offsetNanos, long wallMicros, int phase, long plannedMs,
                         long actualMs, String endedBy, String detail, String prevHash, String hash) {
    }

    /** One session's chain as read, or (with no header) an orphan finding read at this place in the record. */
    private record Chain(long id, long hashedId, String headerHash, int eventCount, String lastEventHash,
                         List<Event> events, VerifyFinding orphan) {
    }

    private record Checked(List<VerifyResult.Failure> failures, long events) {
    }

    EventWalk(Connection connection, int fetchSize, Findings findings) {
        this(connection, fetchSize, findings, Runtime.getRuntime().availableProcessors());
    }

    EventWalk(Connection connection, int fetchSize, Findings findings, int threads) {
        this.findings = findings;
        this.connection = connection;
        this.fetchSize = fetchSize;
        this.threads = Math.max(1, threads);
    }

    /** Walks every event; {@code counted} receives the number of events checked. */
    void walk(LongConsumer counted) throws SQLException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "verify-events");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<Hashes> workerHashes = ThreadLocal.withInitial(Hashes::new);
        Deque<Future<Checked>> ahead = new ArrayDeque<>();
        long[] total = {0};
        try (PreparedStatement sessionQuery = Streaming.streamed(connection, "SELECT id, header_hash, event_count,"
                + " last_event_hash, COALESCE(origin_id, id) FROM therapy_session ORDER BY id", fetchSize);
             PreparedStatement eventQuery = Streaming.streamed(connection, "SELECT session_id, seq, event_type,"
                     + " offset_nanos, wall_micros, phase, planned_ms, actual_ms, ended_by, detail, prev_hash, hash"
                     + " FROM session_event ORDER BY session_id, seq", fetchSize)) {
            try (ResultSet s = sessionQuery.executeQuery(); ResultSet e = eventQuery.executeQuery()) {
                List<Chain> chunk = new ArrayList<>(CHUNK_SESSIONS);
                boolean haveEvent = e.next();
                while (s.next()) {
                    long id = s.getLong(1);
                    while (haveEvent && e.getLong(1) < id) {
                        haveEvent = orphan(e, chunk);
                    }
                    List<Event> events = new ArrayList<>();
                    while (haveEvent && e.getLong(1) == id) {
                        events.add(new Event(e.getInt(2), e.getString(3), e.getLong(4), e.getLong(5), e.getInt(6),
                                e.getLong(7), e.getLong(8), e.getString(9), e.getString(10), e.getString(11),
                                e.getString(12)));
                        haveEvent = e.next();
                    }
                    // a replicated session's hashes carry its kiosk's number (column 5)
                    chunk.add(new Chain(id, s.getLong(5), s.getString(2), s.getInt(3), s.getString(4), events, null));
                    if (chunk.size() >= CHUNK_SESSIONS) {
                        submit(chunk, workers, workerHashes, ahead, total);
                        chunk = new ArrayList<>(CHUNK_SESSIONS);
                    }
                }
                while (haveEvent) {
                    haveEvent = orphan(e, chunk);
                }
                submit(chunk, workers, workerHashes, ahead, total);
                while (!ahead.isEmpty()) {
                    report(ahead.removeFirst(), total);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        counted.accept(total[0]);
    }

    /** Hands a chunk to a worker, first reporting the oldest ones so at most two per thread are pending. */
    private void submit(List<Chain> chunk, ExecutorService workers, ThreadLocal<Hashes> workerHashes,
                        Deque<Future<Checked>> ahead, long[] total) {
        if (chunk.isEmpty()) {
            return;
        }
        while (ahead.size() >= 2 * threads) {
            report(ahead.removeFirst(), total);
        }
        ahead.add(workers.submit(() -> check(chunk, workerHashes.get())));
    }

    private void report(Future<Checked> pending, long[] total) {
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
            findings.add(failure.sessionId(), failure.finding());
        }
        total[0] += checked.events();
    }

    /** Notes the orphan events of one deleted session at this place in the record; false when no event is left. */
    private static boolean orphan(ResultSet e, List<Chain> chunk) throws SQLException {
        long orphan = e.getLong(1);
        chunk.add(new Chain(orphan, orphan, null, 0, null, List.of(), VerifyFinding.of(
                VerifyFinding.Kind.ORPHAN_EVENTS, e.getInt(2), orphan)));
        boolean more = e.next();
        while (more && e.getLong(1) == orphan) {
            more = e.next();
        }
        return more;
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
            Optional<VerifyFinding> problem = Optional.empty();
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
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), VerifyFinding.of(
                        seq < chain.eventCount() ? VerifyFinding.Kind.EVENTS_DELETED : VerifyFinding.Kind.EVENTS_INSERTED,
                        id, seq, chain.eventCount())));
            } else if (!previous.equals(chain.lastEventHash())) {
                failures.add(new VerifyResult.Failure(OptionalLong.of(id), VerifyFinding.of(
                        VerifyFinding.Kind.LAST_EVENT, id)));
            }
        }
        return new Checked(failures, total);
    }

    private static Optional<VerifyFinding> check(Hashes hashes, Event e, long sessionId, long hashedId, int expectedSeq,
                                          String previous) {
        int seq = e.seq();
        if (seq != expectedSeq) {
            return Optional.of(VerifyFinding.of(VerifyFinding.Kind.EVENT_MISSING, sessionId, expectedSeq, seq));
        }
        if (!previous.equals(e.prevHash())) {
            return Optional.of(VerifyFinding.of(VerifyFinding.Kind.EVENT_LINK, sessionId, seq));
        }
        String hash = hashes.event(previous, hashedId, seq, e.type(), e.offsetNanos(), e.wallMicros(), e.phase(),
                e.plannedMs(), e.actualMs(), e.endedBy(), e.detail());
        if (!hash.equals(e.hash())) {
            return Optional.of(VerifyFinding.of(VerifyFinding.Kind.EVENT_CONTENT, sessionId, seq));
        }
        return Optional.empty();
    }
}
