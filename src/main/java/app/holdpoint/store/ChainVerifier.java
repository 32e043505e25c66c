package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Walks every chain in the record and reports the first row whose content, order or link does not match:
 * protocol texts against their SHA-256; sealed sessions in seal order (header hash, seal hash, link to the
 * previous seal, chain head); open sessions' headers; every event of every session in order (sequence, link,
 * content, count and last hash recorded on the session); addenda in chain order. Streams everything: memory
 * does not grow with the record.
 */
final class ChainVerifier {
    private static final int FETCH = 10_000;

    private final Connection connection;
    private final Hashes hashes = new Hashes();
    private long sessions;
    private long events;
    private long addenda;
    private long protocols;
    private String sessionHead = Canon.ZERO_HASH;

    /** A mismatch: verification stops at the first. */
    private static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    ChainVerifier(Connection connection) {
        this.connection = connection;
    }

    VerifyResult verify() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL streams only inside a transaction
        if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement lazy = connection.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE"); // H2: stream rows instead of buffering results
            }
        }
        try {
            protocolTexts();
            sealedSessions();
            openHeaders();
            new EventWalk(connection, hashes, FETCH).walk(this::countEvent);
            addenda();
            return result(Optional.empty());
        } catch (Mismatch mismatch) {
            return result(Optional.of(mismatch.getMessage()));
        } catch (EventWalk.Broken broken) {
            return result(Optional.of(broken.getMessage()));
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private void countEvent(long count) {
        events = count;
    }

    private VerifyResult result(Optional<String> problem) {
        return new VerifyResult(sessions, events, addenda, protocols, sessionHead, problem);
    }

    private void protocolTexts() throws SQLException, Mismatch {
        try (PreparedStatement query = stream("SELECT id, protocol_id, sha256, body FROM protocol_version ORDER BY id");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (!Canon.sha256(r.getString(4)).equals(r.getString(3))) {
                    throw new Mismatch("protocol version " + r.getLong(1) + " (" + r.getString(2)
                            + "): the stored text does not match its SHA-256 (edited?)");
                }
                protocols++;
            }
        }
    }

    private void sealedSessions() throws SQLException, Mismatch {
        String previous = Canon.ZERO_HASH;
        long expectedSeq = 1;
        try (PreparedStatement query = stream(SessionRows.SELECT + "WHERE s.seal_seq IS NOT NULL ORDER BY s.seal_seq");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                long seq = r.getLong(SessionRows.SEAL_SEQ);
                if (seq != expectedSeq) {
                    throw new Mismatch("session " + id + ": it is seal #" + seq + " but #" + expectedSeq
                            + " comes first; a sealed session is missing or was renumbered");
                }
                String header = checkHeader(r);
                if (!previous.equals(r.getString(SessionRows.PREV_SEAL_HASH))) {
                    throw new Mismatch("session " + id + ": its link to the previous sealed session does not match"
                            + " (a session before it was deleted, inserted or changed)");
                }
                if (!hashes.seal(SessionRows.seal(r, previous, header)).equals(r.getString(SessionRows.SEAL_HASH))) {
                    throw new Mismatch("session " + id + ": its sealed content (status, times, pain, note, signer,"
                            + " totals or event tail) does not match its seal hash (edited?)");
                }
                previous = r.getString(SessionRows.SEAL_HASH);
                expectedSeq++;
                sessions++;
            }
        }
        Head head = head("session");
        if (head.seq() != expectedSeq - 1 || !head.hash().equals(previous)) {
            throw new Mismatch("the session chain ends at seal #" + (expectedSeq - 1) + " but its head records #"
                    + head.seq() + ": the newest sealed session(s) were deleted or changed");
        }
        sessionHead = previous;
    }

    private void openHeaders() throws SQLException, Mismatch {
        try (PreparedStatement query = stream(SessionRows.SELECT + "WHERE s.seal_hash IS NULL ORDER BY s.id");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (r.getObject(SessionRows.SEAL_SEQ) != null) {
                    throw new Mismatch("session " + r.getLong(1) + ": it has a seal number but no seal hash");
                }
                checkHeader(r);
                sessions++;
            }
        }
    }

    private String checkHeader(ResultSet r) throws SQLException, Mismatch {
        if (r.getString(2) == null) {
            throw new Mismatch("session " + r.getLong(1) + ": its therapist is missing from the therapist table"
                    + " (deleted?)");
        }
        String header = hashes.header(SessionRows.header(r));
        if (!header.equals(r.getString(SessionRows.HEADER_HASH))) {
            throw new Mismatch("session " + r.getLong(1) + ": its header (therapist, client, side, protocol, kiosk,"
                    + " start, pain before, screening, consent) does not match its hash (edited?)");
        }
        return header;
    }

    private void addenda() throws SQLException, Mismatch {
        String previous = Canon.ZERO_HASH;
        long expected = 1;
        try (PreparedStatement query = stream("SELECT a.id, a.chain_seq, a.session_id, s.seal_hash, t.name,"
                + " a.created_at, a.body, a.prev_hash, a.hash FROM addendum a"
                + " JOIN therapy_session s ON s.id = a.session_id JOIN therapist t ON t.id = a.author_id"
                + " ORDER BY a.chain_seq");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                String where = "addendum " + r.getLong(1) + " (session " + r.getLong(3) + ")";
                if (r.getLong(2) != expected) {
                    throw new Mismatch(where + ": it is addendum #" + r.getLong(2) + " but #" + expected
                            + " comes first; an addendum is missing");
                }
                if (!previous.equals(r.getString(8))) {
                    throw new Mismatch(where + ": its link to the previous addendum does not match");
                }
                if (r.getString(4) == null) {
                    throw new Mismatch(where + ": its session is not sealed");
                }
                String hash = hashes.addendum(previous, expected, r.getLong(3), r.getString(4), r.getString(5),
                        Jdbc.micros(r, 6), r.getString(7));
                if (!hash.equals(r.getString(9))) {
                    throw new Mismatch(where + ": its content does not match its hash (edited?)");
                }
                previous = hash;
                expected++;
                addenda++;
            }
        }
        Head head = head("addendum");
        if (head.seq() != expected - 1 || !head.hash().equals(previous)) {
            throw new Mismatch("the addendum chain ends at #" + (expected - 1) + " but its head records #"
                    + head.seq() + ": the newest addenda were deleted or changed");
        }
    }

    private record Head(long seq, String hash) {
    }

    private Head head(String chain) throws SQLException, Mismatch {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, head_hash FROM chain_head WHERE chain = ?")) {
            query.setString(1, chain);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new Mismatch("the " + chain + " chain has no head row (deleted?)");
                }
                return new Head(r.getLong(1), r.getString(2));
            }
        }
    }

    private PreparedStatement stream(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(FETCH);
        return statement;
    }
}
