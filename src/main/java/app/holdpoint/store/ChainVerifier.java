package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Walks every chain in the record and reports each row whose content, order or link does not match (the first,
 * and up to {@link VerifyResult#MAX_FAILURES} naming their sessions):
 * protocol texts against their SHA-256; sealed sessions in seal order (header hash, seal hash, link to the
 * previous seal, chain head); open sessions' headers; every event of every session in order (sequence, link,
 * content, count and last hash recorded on the session); addenda in chain order. Streams everything: memory
 * does not grow with the record.
 *
 * <p>Given a second connection, the event walk (most of the rows) runs on it beside the seal walk (most of the
 * CPU: a signature check per seal), so a large record's verify uses every core for both; findings are reported in
 * the same order either way. The signature checks run in batches on threads of their own while the walks read on
 * (the walk waits only when several batches are still running).
 */
final class ChainVerifier {
    private static final int FETCH = 10_000;

    /** Opens another connection to the same database, for the event walk. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connection connection;
    private final Optional<Connections> eventConnections;
    private final Optional<ChainHeadFile> heads;
    private final Hashes hashes = new Hashes();
    private long sessions;
    private long events;
    private long addenda;
    private long protocols;
    private String sessionHead = Canon.ZERO_HASH;
    private final Findings findings = new Findings();
    private final List<VerifyResult.Failure> notices = new ArrayList<>();
    private Streaming streaming;
    private SignatureChecks.Checkers checkers;

    ChainVerifier(Connection connection) {
        this.connection = connection;
        this.eventConnections = Optional.empty();
        this.heads = Optional.empty();
    }

    /**
     * Also compares the record with the newest seal this kiosk remembers writing (rollback detection), and walks
     * the events on a connection of their own from {@code eventConnections}, beside the rest.
     */
    ChainVerifier(Connection connection, Connections eventConnections, ChainHeadFile heads) {
        this.connection = connection;
        this.eventConnections = Optional.of(eventConnections);
        this.heads = Optional.of(heads);
    }

    VerifyResult verify() throws SQLException {
        try (SignatureChecks.Checkers checkers = SignatureChecks.Checkers.onEveryCore();
             Streaming streaming = Streaming.open(connection)) {
            this.checkers = checkers;
            this.streaming = streaming;
            Findings eventFindings = new Findings();
            Optional<EventsBeside> beside = eventConnections.isPresent()
                    ? Optional.of(EventsBeside.start(eventConnections.get(), eventFindings)) : Optional.empty();
            try {
                protocolTexts();
                sealedSessions();
                openHeaders();
            } catch (SQLException | RuntimeException e) {
                beside.ifPresent(EventsBeside::abandon);
                throw e;
            }
            if (beside.isPresent()) {
                events = beside.get().await();
            } else {
                new EventWalk(connection, FETCH, eventFindings).walk(this::countEvent);
            }
            findings.append(eventFindings);
            addenda();
            for (String trigger : AppendOnlyRules.missing(connection)) {
                findings.general(VerifyFinding.Kind.APPEND_ONLY_MISSING, trigger);
            }
            if (heads.isPresent()) {
                heads.get().problem(connection).ifPresent(problem -> findings.general(VerifyFinding.of(problem)));
            }
            kiosksWithSeveralKeys();
            return new VerifyResult(sessions, events, addenda, protocols, sessionHead, findings.first(),
                    findings.all(), findings.truncated(), notices);
        }
    }

    private void countEvent(long count) {
        events = count;
    }

    private void protocolTexts() throws SQLException {
        try (PreparedStatement query = stream("SELECT id, protocol_id, sha256, body FROM protocol_version ORDER BY id");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (!Canon.sha256(r.getString(4)).equals(r.getString(3))) {
                    findings.general(VerifyFinding.Kind.PROTOCOL_TEXT, r.getLong(1), r.getString(2));
                }
                protocols++;
            }
        }
    }

    /**
     * Every seal chain in seal order: this database's own (origin '', ending at its chain head) and, on a central
     * record, each kiosk's replicated chain on its own (from seal #1, numbered by its kiosk).
     */
    private void sealedSessions() throws SQLException {
        String previous = Canon.ZERO_HASH;
        long expectedSeq = 1;
        String origin = "";
        String ownHead = Canon.ZERO_HASH;
        long ownLast = 0;
        // Per kiosk: sessions of two kiosks overlap in time without any clock being wrong.
        Map<String, Long> previousId = new HashMap<>();
        Map<String, Instant> previousSeal = new HashMap<>();
        SignatureChecks signatures = SignatureChecks.load(connection, "session", findings, checkers);
        long legacy = 0;
        try (PreparedStatement query = stream(SessionRows.SELECT
                + "WHERE s.seal_seq IS NOT NULL ORDER BY s.origin, s.seal_seq");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                String rowOrigin = r.getString(SessionRows.ORIGIN);
                if (!rowOrigin.equals(origin)) {
                    if (origin.isEmpty()) {
                        ownHead = previous;
                        ownLast = expectedSeq - 1;
                    }
                    origin = rowOrigin;
                    previous = Canon.ZERO_HASH;
                    expectedSeq = 1;
                    signatures.flush();
                    legacy += signatures.legacy();
                    signatures = signatures.forReplica(connection, origin);
                }
                long id = r.getLong(1);
                VerifyFinding which = origin.isEmpty() ? VerifyFinding.of(VerifyFinding.Kind.SESSION, id)
                        : VerifyFinding.of(VerifyFinding.Kind.SESSION_OF_KIOSK, id, origin,
                        r.getLong(SessionRows.ORIGIN_ID));
                long seq = r.getLong(SessionRows.SEAL_SEQ);
                if (seq != expectedSeq) {
                    findings.session(id, VerifyFinding.Kind.SEAL_ORDER, which, seq, expectedSeq);
                    expectedSeq = seq; // go on from here, so one gap is one finding
                }
                Optional<String> header = checkHeader(r);
                if (!previous.equals(r.getString(SessionRows.PREV_SEAL_HASH))) {
                    findings.session(id, VerifyFinding.Kind.SEAL_LINK, which);
                } else if (header.isPresent()
                        && !hashes.seal(SessionRows.seal(r, previous, header.get()))
                        .equals(r.getString(SessionRows.SEAL_HASH))) {
                    findings.session(id, VerifyFinding.Kind.SEAL_CONTENT, which);
                }
                clockOrder(r, id, previousId, previousSeal);
                signatures.link(id, which, seq, r.getString(SessionRows.SEAL_HASH),
                        r.getString(SessionRows.SEAL_KEY), r.getString(SessionRows.SEAL_SIGNATURE));
                previous = r.getString(SessionRows.SEAL_HASH);
                expectedSeq++;
                sessions++;
            }
        }
        if (origin.isEmpty()) {
            ownHead = previous;
            ownLast = expectedSeq - 1;
        }
        signatures.finish();
        legacyNotice(legacy + signatures.legacy(), VerifyFinding.Kind.LEGACY_SEALS);
        Head head = head("session");
        if (head.seq() >= 0 && (head.seq() != ownLast || !head.hash().equals(ownHead))) {
            findings.general(VerifyFinding.Kind.SESSION_HEAD, ownLast, head.seq());
        }
        sessionHead = ownHead;
    }

    /**
     * A notice, not a failure: a session that starts before the previous session of the same kiosk was sealed
     * (its signature time, else its end) says the wall clock moved back between them.
     */
    private void clockOrder(ResultSet r, long id, Map<String, Long> previousId, Map<String, Instant> previousSeal)
            throws SQLException {
        String kiosk = String.valueOf(r.getString(SessionRows.KIOSK_ID));
        Optional<Instant> started = Jdbc.optionalInstant(r, SessionRows.STARTED_AT);
        Instant before = previousSeal.get(kiosk);
        if (started.isPresent() && before != null && started.get().isBefore(before)
                && notices.size() < VerifyResult.MAX_FAILURES) {
            notices.add(new VerifyResult.Failure(OptionalLong.of(id), VerifyFinding.of(VerifyFinding.Kind.CLOCK_BACK,
                    id, previousId.get(kiosk))));
        }
        Optional<Instant> signed = Jdbc.optionalInstant(r, SessionRows.SIGNED_AT);
        Optional<Instant> sealed = signed.isPresent() ? signed : Jdbc.optionalInstant(r, SessionRows.ENDED_AT);
        if (sealed.isPresent()) {
            previousId.put(kiosk, id);
            previousSeal.put(kiosk, sealed.get());
        }
    }

    private void openHeaders() throws SQLException {
        try (PreparedStatement query = stream(SessionRows.SELECT + "WHERE s.seal_hash IS NULL ORDER BY s.id");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (r.getObject(SessionRows.SEAL_SEQ) != null) {
                    findings.session(r.getLong(1), VerifyFinding.Kind.SEAL_NUMBER_WITHOUT_HASH, r.getLong(1));
                } else {
                    checkHeader(r);
                }
                sessions++;
            }
        }
    }

    /** The header's hash when it matches; empty (and a finding) when it does not. */
    private Optional<String> checkHeader(ResultSet r) throws SQLException {
        long id = r.getLong(1);
        if (r.getString(2) == null) {
            findings.session(id, VerifyFinding.Kind.THERAPIST_MISSING, id);
            return Optional.empty();
        }
        String header = hashes.header(SessionRows.header(r));
        if (!header.equals(r.getString(SessionRows.HEADER_HASH))) {
            findings.session(id, VerifyFinding.Kind.HEADER, id);
            return Optional.empty();
        }
        return Optional.of(header);
    }

    /** Every addendum chain: this database's own and, on a central record, each kiosk's on its own. */
    private void addenda() throws SQLException {
        String previous = Canon.ZERO_HASH;
        long expected = 1;
        String origin = "";
        String ownHead = Canon.ZERO_HASH;
        long ownLast = 0;
        SignatureChecks signatures = SignatureChecks.load(connection, "addendum", findings, checkers);
        long legacy = 0;
        try (PreparedStatement query = stream("SELECT a.id, a.chain_seq, a.session_id, s.seal_hash, t.name,"
                + " a.created_at, a.body, a.prev_hash, a.hash, a.signing_key, a.signature, a.origin,"
                + " COALESCE(s.origin_id, s.id) FROM addendum a"
                + " JOIN therapy_session s ON s.id = a.session_id JOIN therapist t ON t.id = a.author_id"
                + " ORDER BY a.origin, a.chain_seq");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (!r.getString(12).equals(origin)) {
                    if (origin.isEmpty()) {
                        ownHead = previous;
                        ownLast = expected - 1;
                    }
                    origin = r.getString(12);
                    previous = Canon.ZERO_HASH;
                    expected = 1;
                    signatures.flush();
                    legacy += signatures.legacy();
                    signatures = signatures.forReplica(connection, origin);
                }
                long session = r.getLong(3);
                VerifyFinding where = origin.isEmpty() ? VerifyFinding.of(VerifyFinding.Kind.ADDENDUM, r.getLong(1), session)
                        : VerifyFinding.of(VerifyFinding.Kind.ADDENDUM_OF_KIOSK, r.getLong(1), session, origin);
                if (r.getLong(2) != expected) {
                    findings.session(session, VerifyFinding.Kind.ADDENDUM_ORDER, where, r.getLong(2), expected);
                    expected = r.getLong(2);
                }
                String hash = r.getString(4) == null ? null : hashes.addendum(previous, expected, r.getLong(13),
                        r.getString(4), r.getString(5), Jdbc.micros(r, 6), r.getString(7));
                if (!previous.equals(r.getString(8))) {
                    findings.session(session, VerifyFinding.Kind.ADDENDUM_LINK, where);
                } else if (r.getString(4) == null) {
                    findings.session(session, VerifyFinding.Kind.ADDENDUM_UNSEALED, where);
                } else if (!hash.equals(r.getString(9))) {
                    findings.session(session, VerifyFinding.Kind.ADDENDUM_CONTENT, where);
                }
                signatures.link(session, where, r.getLong(2), r.getString(9), r.getString(10), r.getString(11));
                previous = r.getString(9);
                expected++;
                addenda++;
            }
        }
        if (origin.isEmpty()) {
            ownHead = previous;
            ownLast = expected - 1;
        }
        signatures.finish();
        legacyNotice(legacy + signatures.legacy(), VerifyFinding.Kind.LEGACY_ADDENDA);
        Head head = head("addendum");
        if (head.seq() >= 0 && (head.seq() != ownLast || !head.hash().equals(ownHead))) {
            findings.general(VerifyFinding.Kind.ADDENDUM_HEAD, ownLast, head.seq());
        }
    }

    /**
     * A notice per kiosk with more than one registered key: a kiosk gets a new key only when its data folder
     * was replaced, so another key under its name deserves a question (someone may have registered one to sign
     * an edited record).
     */
    private void kiosksWithSeveralKeys() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet r = statement.executeQuery("SELECT kiosk_id, COUNT(*) FROM kiosk_key GROUP BY kiosk_id"
                     + " HAVING COUNT(*) > 1 ORDER BY kiosk_id")) {
            while (r.next() && notices.size() < VerifyResult.MAX_FAILURES) {
                notices.add(new VerifyResult.Failure(OptionalLong.empty(), VerifyFinding.of(
                        VerifyFinding.Kind.SEVERAL_KEYS, r.getString(1), r.getInt(2))));
            }
        }
    }

    /** Links written before this record began signing: said once, as a notice, never a failure. */
    private void legacyNotice(long count, VerifyFinding.Kind kind) {
        if (count > 0) {
            notices.add(new VerifyResult.Failure(OptionalLong.empty(), VerifyFinding.of(kind, count)));
        }
    }

    private record Head(long seq, String hash) {
    }

    /** The event walk on a connection and thread of its own; its findings stay in its own list until merged. */
    private static final class EventsBeside {
        private final Connection connection;
        private final CompletableFuture<Long> walked;

        private EventsBeside(Connection connection, CompletableFuture<Long> walked) {
            this.connection = connection;
            this.walked = walked;
        }

        static EventsBeside start(Connections connections, Findings findings) throws SQLException {
            Connection connection = connections.open();
            CompletableFuture<Long> walked = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                long[] counted = {0};
                Throwable failure = null;
                try {
                    // The sessions and the events are two statements: on PostgreSQL one snapshot for both, or a
                    // session replicated between their starts could show its events without its row (an "orphan").
                    boolean postgres = Vendor.of(connection) == Vendor.POSTGRESQL;
                    int isolation = connection.getTransactionIsolation();
                    if (postgres) {
                        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    }
                    // Autocommit off (and H2's lazy mode) for this connection's streamed reads, as for the other.
                    Streaming streaming = Streaming.open(connection);
                    try {
                        new EventWalk(connection, FETCH, findings).walk(count -> counted[0] = count);
                    } finally {
                        streaming.close();
                        if (postgres) {
                            connection.setTransactionIsolation(isolation); // a pooled connection goes back as it came
                        }
                    }
                } catch (SQLException | RuntimeException | Error e) {
                    failure = e;
                }
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // The walk's own outcome is what verify reports.
                }
                // Only once the connection is closed: a command that ends after verify leaves no connection behind,
                // and an embedded record is closed (not held open read-only) when it returns.
                if (failure == null) {
                    walked.complete(counted[0]);
                } else {
                    walked.completeExceptionally(failure);
                }
            }, "verify-event-walk");
            thread.setDaemon(true);
            thread.start();
            return new EventsBeside(connection, walked);
        }

        long await() throws SQLException {
            try {
                return walked.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }

        /** The rest of verify failed: stop reading (closing the connection ends its query) and wait for it. */
        void abandon() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that is asked; the walk ends with an error nobody reads.
            }
            try {
                walked.join();
            } catch (CompletionException ignored) {
                // Expected: its connection was closed under it.
            }
        }
    }

    private Head head(String chain) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, head_hash FROM chain_head WHERE chain = ?")) {
            query.setString(1, chain);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    findings.general(chain.equals("session") ? VerifyFinding.Kind.SESSION_HEAD_MISSING
                            : VerifyFinding.Kind.ADDENDUM_HEAD_MISSING);
                    return new Head(-1, "");
                }
                return new Head(r.getLong(1), r.getString(2));
            }
        }
    }

    private PreparedStatement stream(String sql) throws SQLException {
        return streaming.prepare(sql, FETCH);
    }
}
