package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The signature half of verify for one chain (seals or addenda): which links must be signed, the registered
 * keys, and the Ed25519 checks themselves, queued and run in parallel batches (a check costs far more than a
 * hash). A link before the chain's signed era is legacy: counted, not failed. From the signed era on, or after
 * any signed link, a link without a signature is a failure, so stripping signatures does not turn a signed
 * record into a legacy one.
 */
final class SignatureChecks {
    private static final int BATCH = 4_096;

    /** A registered key and the kiosk it belongs to. */
    record Registered(String kioskId, Optional<Ed25519PublicKeyParameters> key) {
    }

    private record Check(long sessionId, VerifyFinding what, String kioskId, Ed25519PublicKeyParameters key, String hash, String signature) {
    }

    private final Map<String, Registered> keys;
    private final long signedFrom;
    private final String chain;
    private final Findings findings;
    private final List<Check> queued = new ArrayList<>();
    private boolean signedSeen;
    private long legacy;

    private SignatureChecks(Map<String, Registered> keys, long signedFrom, String chain, Findings findings) {
        this.keys = keys;
        this.signedFrom = signedFrom;
        this.chain = chain;
        this.findings = findings;
    }

    /** Reads the registered keys and where {@code chain} ("session" or "addendum") began to be signed. */
    static SignatureChecks load(Connection connection, String chain, Findings findings) throws SQLException {
        Map<String, Registered> keys = new HashMap<>();
        long signedFrom = 1;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT key_id, kiosk_id, public_key FROM kiosk_key")) {
                while (r.next()) {
                    keys.put(r.getString(1), new Registered(r.getString(2), KioskKey.parsePublic(r.getString(3))));
                }
            }
            try (ResultSet r = statement.executeQuery("SELECT first_seq FROM signing_start WHERE chain = '"
                    + chain + "'")) {
                if (r.next()) {
                    signedFrom = r.getLong(1);
                } else {
                    findings.general(chain.equals("session") ? VerifyFinding.Kind.SESSION_SIGNING_START_MISSING
                            : VerifyFinding.Kind.ADDENDUM_SIGNING_START_MISSING);
                }
            }
        }
        return new SignatureChecks(keys, signedFrom, chain, findings);
    }

    /**
     * The checks for a kiosk's chain replicated into a central record (V9): the same registered keys (the
     * replicator copies the kiosk's key row), and the signed era that kiosk noted for itself (copied with it into
     * replica_signing_start); without that row every link counts as legacy until the first signed one.
     */
    SignatureChecks forReplica(Connection connection, String origin) throws SQLException {
        long from = Long.MAX_VALUE;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT first_seq FROM replica_signing_start WHERE origin = ? AND chain = ?")) {
            query.setString(1, origin);
            query.setString(2, chain);
            try (ResultSet r = query.executeQuery()) {
                if (r.next()) {
                    from = r.getLong(1);
                }
            }
        }
        return new SignatureChecks(keys, from, chain, findings);
    }

    /**
     * Checks one link: {@code seq} its place in the chain, {@code hash} its stored hash, {@code keyId} and
     * {@code signature} as stored (null when unsigned), {@code what} how findings name it (the part "session 12").
     */
    void link(long sessionId, VerifyFinding what, long seq, String hash, String keyId, String signature) {
        if (signature == null || keyId == null) {
            if (seq >= signedFrom || signedSeen) {
                findings.session(sessionId, chain.equals("session") ? VerifyFinding.Kind.SEAL_UNSIGNED
                        : VerifyFinding.Kind.ADDENDUM_UNSIGNED, what);
            } else {
                legacy++;
            }
            return;
        }
        signedSeen = true;
        Registered registered = keys.get(keyId.strip());
        if (registered == null || registered.key().isEmpty()) {
            findings.session(sessionId, VerifyFinding.Kind.UNKNOWN_KEY, what);
            return;
        }
        queued.add(new Check(sessionId, what, registered.kioskId(), registered.key().get(), hash, signature));
        if (queued.size() >= BATCH) {
            flush();
        }
    }

    /** Runs the queued checks (in parallel) and reports the failures in chain order. */
    void flush() {
        boolean[] valid = new boolean[queued.size()];
        IntStream.range(0, queued.size()).parallel().forEach(i -> {
            Check c = queued.get(i);
            valid[i] = KioskKey.verifyOneOfMany(c.key(), c.hash(), c.signature());
        });
        for (int i = 0; i < valid.length; i++) {
            if (!valid[i]) {
                Check c = queued.get(i);
                findings.session(c.sessionId(), VerifyFinding.Kind.SIGNATURE, c.what(), c.kioskId());
            }
        }
        queued.clear();
    }

    /** Links before the signed era, unsigned as they were written. */
    long legacy() {
        return legacy;
    }
}
