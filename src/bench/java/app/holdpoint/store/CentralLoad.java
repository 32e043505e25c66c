package app.holdpoint.store;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import app.holdpoint.session.SessionEvent;
import java.io.IOException;

/**
 * Bulk-loads a central record at COPY speed for benchmarks: the sealed sessions already in the database (real
 * light sessions written by demo-data through the store) are templates; each copy gets a new id, client, start
 * time and place in the seal chain, and all its hashes are computed again with the store's own {@link Hashes},
 * so {@code verify} passes on the result. Rows go in with {@code COPY … FROM STDIN} (CopyManager), batch by batch,
 * hashed by worker threads ahead of the copy.
 */
public final class CentralLoad {
    private static final int BATCH = 5_000;
    /** The oldest sealed sessions are the templates: the real ones, written before any copy. */
    private static final int TEMPLATES = 5_000;
    private static final String SESSION_COLUMNS = "id, therapist_id, client_ref, side, protocol_version_id,"
            + " protocol_id, kiosk_id, status, started_at, ended_at, pain_before, pain_after, screening,"
            + " override_reason, override_by, consent, note, signed_by, signed_at, planned_ms, actual_ms, skipped,"
            + " shortened, extended, capped, deviations, event_count, last_event_hash, header_hash, seal_seq,"
            + " prev_seal_hash, seal_hash, header_format, precautions, trigger_points, override_kind, seal_key,"
            + " seal_signature";

    private final Database database;
    private final Hashes hashes = new Hashes();
    /** The copies' seals are signed like a kiosk's, with a key of their own registered as kiosk "bulk-load". */
    private final KioskKey key = KioskKey.ephemeral();

    public CentralLoad(Database database) {
        this.database = database;
    }

    /** A template: a sealed session's row values, events and derived deviation row. */
    private record Template(Hashes.Header header, Hashes.Seal seal, long therapistId, long versionId,
                            Long signedBy, Instant started, List<SessionEvent> events, int fixedDeviation,
                            long maxShortfall) {
    }

    /** One copy to make: drawn in order from the seeded random, so the record is the same whatever the threads. */
    private record Draw(long id, Template template, Instant start, String client) {
    }

    /** A copy whose header and events are hashed (in parallel); its seal waits for the chain (in order). */
    private record Prepared(Draw draw, Hashes.Header header, String headerHash, String lastEventHash, long shift) {
    }

    private record Batch(List<Prepared> sessions, String events) {
    }

    /**
     * Adds sessions until the record holds {@code total}; returns how many were added. Headers and events are
     * hashed by {@code threads} workers a few batches ahead; seals are chained and rows copied in order on the
     * calling thread. The load runs with {@code session_replication_role = replica} (superuser only), which
     * skips foreign-key and trigger checks for this connection: what was loaded is checked by {@code verify}.
     *
     * @param span the start times of the copies are spread over this many seconds before the newest template
     */
    public long fillTo(long total, long span, long seed, int threads)
            throws SQLException, IOException, InterruptedException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica");
            }
            long have;
            long maxId;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM therapy_session")) {
                r.next();
                have = r.getLong(1);
                maxId = r.getLong(2);
            }
            if (have >= total) {
                c.rollback();
                return 0;
            }
            List<Template> templates = templates(c);
            try (PreparedStatement register = c.prepareStatement("INSERT INTO kiosk_key (key_id, kiosk_id,"
                    + " public_key, registered_at) VALUES (?, 'bulk-load', ?, ?)")) {
                register.setString(1, key.keyId());
                register.setString(2, key.publicKeyText());
                Jdbc.setInstant(register, 3, Instant.now());
                register.executeUpdate();
            }
            long seq;
            String head;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT seq, head_hash FROM chain_head WHERE chain = 'session' FOR UPDATE")) {
                r.next();
                seq = r.getLong(1);
                head = r.getString(2);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            SplittableRandom random = new SplittableRandom(seed);
            Instant newest = templates.stream().map(Template::started).max(Instant::compareTo).orElseThrow();
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            ThreadLocal<Hashes> workerHashes = ThreadLocal.withInitial(Hashes::new);
            Deque<Future<Batch>> ahead = new ArrayDeque<>();
            long id = maxId;
            long drawn = 0;
            long added = 0;
            try {
                while (have + added < total) {
                    while (ahead.size() < threads + 2 && have + drawn < total) {
                        int size = (int) Math.min(BATCH, total - have - drawn);
                        List<Draw> draws = new ArrayList<>(size);
                        for (int i = 0; i < size; i++) {
                            Template t = templates.get(random.nextInt(templates.size()));
                            Instant start = newest.minusSeconds(random.nextLong(span))
                                    .truncatedTo(ChronoUnit.SECONDS);
                            draws.add(new Draw(++id, t, start, "C-" + (1000 + random.nextInt(9000))));
                        }
                        drawn += size;
                        ahead.add(workers.submit(() -> prepare(draws, workerHashes.get())));
                    }
                    Batch batch;
                    try {
                        batch = ahead.removeFirst().get();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("preparing a batch failed", e.getCause());
                    }
                    StringBuilder sessions = new StringBuilder(batch.sessions().size() * 900);
                    StringBuilder deviations = new StringBuilder(batch.sessions().size() * 40);
                    List<Prepared> batchSessions = batch.sessions();
                    Hashes.Seal[] seals = new Hashes.Seal[batchSessions.size()];
                    String[] sealHashes = new String[seals.length];
                    for (int i = 0; i < seals.length; i++) {
                        seq++;
                        seals[i] = seal(batchSessions.get(i), seq, head);
                        sealHashes[i] = hashes.seal(seals[i]);
                        head = sealHashes[i];
                    }
                    String[] signatures = new String[seals.length];
                    IntStream.range(0, seals.length).parallel().forEach(i -> signatures[i] = key.sign(sealHashes[i]));
                    for (int i = 0; i < seals.length; i++) {
                        sealRow(sessions, deviations, batchSessions.get(i), seals[i], sealHashes[i], signatures[i]);
                    }
                    copy.copyIn("COPY therapy_session (" + SESSION_COLUMNS + ") FROM STDIN (FORMAT csv)",
                            new StringReader(sessions.toString()));
                    copy.copyIn("COPY session_event (session_id, seq, event_type, offset_nanos, wall_micros, phase,"
                            + " planned_ms, actual_ms, ended_by, detail, prev_hash, hash) FROM STDIN (FORMAT csv)",
                            new StringReader(batch.events()));
                    copy.copyIn("COPY session_deviation (session_id, fixed_deviation, max_shortfall_ms) FROM STDIN"
                            + " (FORMAT csv)", new StringReader(deviations.toString()));
                    added += batch.sessions().size();
                    if (added % 100_000 < BATCH) {
                        System.out.printf("  loaded %d of %d%n", have + added, total);
                    }
                }
            } finally {
                workers.shutdownNow();
            }
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE chain_head SET seq = ?, head_hash = ? WHERE chain = 'session'")) {
                move.setLong(1, seq);
                move.setString(2, head);
                move.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('therapy_session', 'id'), " + Math.max(1, id) + ")");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE");
            }
            return added;
        }
    }

    /** Hashes the header and events of each copy, its events as COPY rows. */
    private static Batch prepare(List<Draw> draws, Hashes hashes) {
        StringBuilder events = new StringBuilder(draws.size() * 3000);
        List<Prepared> prepared = new ArrayList<>(draws.size());
        for (Draw d : draws) {
            Template t = d.template();
            long shift = Jdbc.epochMicros(d.start()) - Jdbc.epochMicros(t.started());
            Hashes.Header h = t.header();
            Hashes.Header header = new Hashes.Header(h.format(), h.therapist(), d.client(), h.side(),
                    h.protocolId(), h.protocolVersion(), h.protocolSha256(), h.sessionProtocolId(),
                    h.kioskId(), h.startedMicros() + shift, h.painBefore(), h.screening(),
                    h.overrideReason(), h.overrideBy(), h.consent(), h.precautions(), h.triggerPoints(),
                    h.overrideKind());
            String headerHash = hashes.header(header);
            String previous = headerHash;
            for (SessionEvent e : t.events()) {
                long wall = Jdbc.epochMicros(e.wallTime()) + shift;
                String endedBy = e.endedBy() == null ? null : e.endedBy().name();
                String hash = hashes.event(previous, d.id(), e.sequence(), e.type().name(), e.offsetNanos(),
                        wall, e.phase(), e.plannedMillis(), e.actualMillis(), endedBy, e.detail());
                row(events, d.id(), e.sequence(), e.type().name(), e.offsetNanos(), wall, e.phase(),
                        e.plannedMillis(), e.actualMillis(), endedBy, e.detail(), previous, hash);
                previous = hash;
            }
            prepared.add(new Prepared(d, header, headerHash, previous, shift));
        }
        return new Batch(prepared, events.toString());
    }

    /** The seal of one prepared copy as number {@code seq} after {@code head}. */
    private static Hashes.Seal seal(Prepared p, long seq, String head) {
        Template t = p.draw().template();
        Hashes.Seal s = t.seal();
        Long signed = s.signedMicros() == null ? null : s.signedMicros() + p.shift();
        Long ended = s.endedMicros() == null ? null : s.endedMicros() + p.shift();
        return new Hashes.Seal(head, seq, p.draw().id(), p.headerHash(), s.status(), ended, s.painAfter(),
                s.note(), s.signer(), signed, s.plannedMs(), s.actualMs(), s.skipped(), s.shortened(),
                s.extended(), s.capped(), s.deviations(), t.events().size(), p.lastEventHash());
    }

    /** One sealed copy's session and deviation rows. */
    private void sealRow(StringBuilder sessions, StringBuilder deviations, Prepared p, Hashes.Seal seal,
                         String sealHash, String signature) {
        Template t = p.draw().template();
        Hashes.Header h = p.header();
        row(sessions, seal.sessionId(), t.therapistId(), h.clientRef(), h.side(), t.versionId(),
                h.sessionProtocolId(), h.kioskId(), seal.status(), time(h.startedMicros()), time(seal.endedMicros()),
                h.painBefore(), seal.painAfter(), h.screening(), null, null, h.consent(), seal.note(), t.signedBy(),
                time(seal.signedMicros()), seal.plannedMs(), seal.actualMs(), seal.skipped(), seal.shortened(),
                seal.extended(), seal.capped(), seal.deviations(), t.events().size(), p.lastEventHash(),
                p.headerHash(), seal.sealSeq(), seal.previous(), sealHash, h.format(), h.precautions(),
                h.triggerPoints(), h.overrideKind(), key.keyId(), signature);
        row(deviations, seal.sessionId(), t.fixedDeviation(), t.maxShortfall());
    }

    private List<Template> templates(Connection c) throws SQLException {
        List<Template> templates = new ArrayList<>();
        try (Sql sql = new Sql(c);
             PreparedStatement query = c.prepareStatement(SessionRows.SELECT
                     + "WHERE s.seal_hash IS NOT NULL ORDER BY s.id FETCH FIRST " + TEMPLATES + " ROWS ONLY");
             PreparedStatement extra = c.prepareStatement("SELECT s.therapist_id, s.signed_by,"
                     + " d.fixed_deviation, d.max_shortfall_ms FROM therapy_session s JOIN session_deviation d"
                     + " ON d.session_id = s.id WHERE s.id = ?");
             ResultSet r = query.executeQuery()) {
            Reads reads = new Reads(sql);
            while (r.next()) {
                long id = r.getLong(1);
                if (r.getString(17) != null) {
                    continue; // an overridden stop: its override_by id is not copied, keep templates plain
                }
                extra.setLong(1, id);
                try (ResultSet x = extra.executeQuery()) {
                    x.next();
                    templates.add(new Template(SessionRows.header(r), SessionRows.seal(r, "", ""),
                            x.getLong(1), r.getLong(5), Jdbc.longValue(x, 2), Jdbc.instant(r, SessionRows.STARTED_AT),
                            reads.events(id), x.getInt(3), x.getLong(4)));
                }
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no sealed sessions to copy: write some with demo-data first");
        }
        return templates;
    }

    private static String time(Long micros) {
        return micros == null ? null : Jdbc.fromEpochMicros(micros).toString();
    }

    /** One CSV line: NULL as an empty unquoted field, every text quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (v instanceof Boolean b) {
                out.append(b ? "t" : "f");
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }
}
