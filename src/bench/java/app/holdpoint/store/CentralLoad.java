package app.holdpoint.store;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import app.holdpoint.session.SessionEvent;

/**
 * Bulk-loads a central record at COPY speed for benchmarks: the sealed sessions already in the database (real
 * light sessions written by demo-data through the store) are templates; each copy gets a new id, client, start
 * time and place in the seal chain, and all its hashes are computed again with the store's own {@link Hashes},
 * so {@code verify} passes on the result. Rows go in with {@code COPY … FROM STDIN} (CopyManager), batch by batch.
 */
public final class CentralLoad {
    private static final int BATCH = 5_000;
    private static final String SESSION_COLUMNS = "id, therapist_id, client_ref, side, protocol_version_id,"
            + " protocol_id, kiosk_id, status, started_at, ended_at, pain_before, pain_after, screening,"
            + " override_reason, override_by, consent, note, signed_by, signed_at, planned_ms, actual_ms, skipped,"
            + " shortened, extended, capped, deviations, event_count, last_event_hash, header_hash, seal_seq,"
            + " prev_seal_hash, seal_hash, header_format, precautions, trigger_points, override_kind";

    private final Database database;
    private final Hashes hashes = new Hashes();

    public CentralLoad(Database database) {
        this.database = database;
    }

    /** A template: a sealed session's row values, events and derived deviation row. */
    private record Template(Hashes.Header header, Hashes.Seal seal, long therapistId, long versionId,
                            Long signedBy, Instant started, List<SessionEvent> events, int fixedDeviation,
                            long maxShortfall) {
    }

    /**
     * Adds sessions until the record holds {@code total}; returns how many were added.
     *
     * @param span the start times of the copies are spread over this many seconds before the newest template
     */
    public long fillTo(long total, long span, long seed) throws SQLException, java.io.IOException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            List<Template> templates = templates(c);
            long have;
            long maxId;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM therapy_session")) {
                r.next();
                have = r.getLong(1);
                maxId = r.getLong(2);
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
            long id = maxId;
            long added = 0;
            while (have + added < total) {
                int size = (int) Math.min(BATCH, total - have - added);
                StringBuilder sessions = new StringBuilder(size * 900);
                StringBuilder events = new StringBuilder(size * 3000);
                StringBuilder deviations = new StringBuilder(size * 40);
                for (int i = 0; i < size; i++) {
                    Template t = templates.get(random.nextInt(templates.size()));
                    id++;
                    seq++;
                    Instant start = newest.minusSeconds(random.nextLong(span)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                    long shift = Jdbc.epochMicros(start) - Jdbc.epochMicros(t.started());
                    String client = "C-" + (1000 + random.nextInt(9000));
                    Hashes.Header h = t.header();
                    Hashes.Header header = new Hashes.Header(h.format(), h.therapist(), client, h.side(),
                            h.protocolId(), h.protocolVersion(), h.protocolSha256(), h.sessionProtocolId(),
                            h.kioskId(), h.startedMicros() + shift, h.painBefore(), h.screening(),
                            h.overrideReason(), h.overrideBy(), h.consent(), h.precautions(), h.triggerPoints(),
                            h.overrideKind());
                    String headerHash = hashes.header(header);
                    String previous = headerHash;
                    for (SessionEvent e : t.events()) {
                        long wall = Jdbc.epochMicros(e.wallTime()) + shift;
                        String endedBy = e.endedBy() == null ? null : e.endedBy().name();
                        String hash = hashes.event(previous, id, e.sequence(), e.type().name(), e.offsetNanos(),
                                wall, e.phase(), e.plannedMillis(), e.actualMillis(), endedBy, e.detail());
                        row(events, id, e.sequence(), e.type().name(), e.offsetNanos(), wall, e.phase(),
                                e.plannedMillis(), e.actualMillis(), endedBy, e.detail(), previous, hash);
                        previous = hash;
                    }
                    Hashes.Seal s = t.seal();
                    Long signed = s.signedMicros() == null ? null : s.signedMicros() + shift;
                    Long ended = s.endedMicros() == null ? null : s.endedMicros() + shift;
                    Hashes.Seal seal = new Hashes.Seal(head, seq, id, headerHash, s.status(), ended, s.painAfter(),
                            s.note(), s.signer(), signed, s.plannedMs(), s.actualMs(), s.skipped(), s.shortened(),
                            s.extended(), s.capped(), s.deviations(), t.events().size(), previous);
                    String sealHash = hashes.seal(seal);
                    row(sessions, id, t.therapistId(), client, h.side(), t.versionId(), h.sessionProtocolId(),
                            h.kioskId(), s.status(), time(header.startedMicros()), time(ended), h.painBefore(),
                            s.painAfter(), h.screening(), null, null, h.consent(), s.note(), t.signedBy(),
                            time(signed), s.plannedMs(), s.actualMs(), s.skipped(), s.shortened(), s.extended(),
                            s.capped(), s.deviations(), t.events().size(), previous, headerHash, seq, head, sealHash,
                            h.format(), h.precautions(), h.triggerPoints(), h.overrideKind());
                    row(deviations, id, t.fixedDeviation(), t.maxShortfall());
                    head = sealHash;
                }
                copy.copyIn("COPY therapy_session (" + SESSION_COLUMNS + ") FROM STDIN (FORMAT csv)",
                        new StringReader(sessions.toString()));
                copy.copyIn("COPY session_event (session_id, seq, event_type, offset_nanos, wall_micros, phase,"
                        + " planned_ms, actual_ms, ended_by, detail, prev_hash, hash) FROM STDIN (FORMAT csv)",
                        new StringReader(events.toString()));
                copy.copyIn("COPY session_deviation (session_id, fixed_deviation, max_shortfall_ms) FROM STDIN"
                        + " (FORMAT csv)", new StringReader(deviations.toString()));
                added += size;
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

    private List<Template> templates(Connection c) throws SQLException {
        List<Template> templates = new ArrayList<>();
        try (Sql sql = new Sql(c);
             PreparedStatement query = c.prepareStatement(SessionRows.SELECT + "WHERE s.seal_hash IS NOT NULL ORDER BY s.id");
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
