package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The signature half of verify for one chain (seals or addenda): which links must be signed, the registered
 * keys, and the Ed25519 checks themselves, queued and run in parallel batches (a check costs far more than a
 * hash) while the walk reads on; a batch's failures keep their place in the findings ({@link Findings.Slot}). A
 * link before the chain's signed era is legacy: counted, not failed. From the signed era on, or after any signed
 * link, a link without a signature is a failure, so stripping signatures does not turn a signed
 * record into a legacy one.
 */
final class SignatureChecks {
    private static final int BATCH = 4_096;
    /** Batches checked while the walk reads on; past that the walk waits (memory stays bounded). */
    private static final int IN_FLIGHT = 3;

    /** A registered key and the kiosk it belongs to. */
    record Registered(String kioskId, Optional<Ed25519PublicKeyParameters> key) {
    }

    private record Check(long sessionId, VerifyFinding what, String kioskId, Ed25519PublicKeyParameters key, String hash, String signature) {
    }

    /** A batch being checked, and the place its failures take in the findings. */
    private record Running(List<Check> checks, boolean[] valid, CompletableFuture<Void> done, Findings.Slot slot) {
    }

    private final Map<String, Registered> keys;
    private final long signedFrom;
    private final String chain;
    private final Findings findings;
    private final Checkers checkers;
    private List<Check> queued = new ArrayList<>();
    private boolean signedSeen;
    private long legacy;

    /**
     * The threads that check signatures, one per core, and the batches still running on them (shared by a chain's
     * checks and those of each replicated kiosk chain after it, so {@link #finish} waits for all of them). Closing
     * stops the threads, whatever is still running.
     */
    static final class Checkers implements AutoCloseable {
        private final ExecutorService executor;
        private final int parts;
        private final Deque<Running> running = new ArrayDeque<>();

        /** @param threads how many threads check, and so how many pieces a batch is cut into */
        Checkers(int threads) {
            this.parts = threads;
            this.executor = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "verify-signatures");
                thread.setDaemon(true);
                return thread;
            });
        }

        /** As many threads as this machine has cores. */
        static Checkers onEveryCore() {
            return new Checkers(Runtime.getRuntime().availableProcessors());
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    private SignatureChecks(Map<String, Registered> keys, long signedFrom, String chain, Findings findings,
                            Checkers checkers) {
        this.keys = keys;
        this.signedFrom = signedFrom;
        this.chain = chain;
        this.findings = findings;
        this.checkers = checkers;
    }

    /** Checks with the given keys, signed from link {@code signedFrom} on (tests: no record needed). */
    static SignatureChecks of(Map<String, Registered> keys, long signedFrom, String chain, Findings findings,
                              Checkers checkers) {
        return new SignatureChecks(keys, signedFrom, chain, findings, checkers);
    }

    /** Reads the registered keys and where {@code chain} ("session" or "addendum") began to be signed. */
    static SignatureChecks load(Connection connection, String chain, Findings findings, Checkers checkers)
            throws SQLException {
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
        return new SignatureChecks(keys, signedFrom, chain, findings, checkers);
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
        return new SignatureChecks(keys, from, chain, findings, checkers);
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

    /**
     * Starts checking the queued links on the checkers' threads; their failures will stand here in the findings,
     * in chain order. Waits for the oldest running batch when {@value #IN_FLIGHT} are running.
     */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Check> checks = queued;
        queued = new ArrayList<>();
        boolean[] valid = new boolean[checks.size()];
        int parts = Math.max(1, Math.min(checkers.parts, checks.size()));
        CompletableFuture<?>[] pieces = new CompletableFuture<?>[parts];
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) checks.size() * p / parts);
            int to = (int) ((long) checks.size() * (p + 1) / parts);
            pieces[p] = CompletableFuture.runAsync(() -> {
                for (int i = from; i < to; i++) {
                    Check c = checks.get(i);
                    valid[i] = KioskKey.verifyOneOfMany(c.key(), c.hash(), c.signature());
                }
            }, checkers.executor);
        }
        checkers.running.add(new Running(checks, valid, CompletableFuture.allOf(pieces), findings.reserve()));
        while (checkers.running.size() > IN_FLIGHT) {
            settleOldest();
        }
    }

    /** Checks what is queued and waits for every running batch: afterwards the findings are complete. */
    void finish() {
        flush();
        while (!checkers.running.isEmpty()) {
            settleOldest();
        }
    }

    private void settleOldest() {
        Running batch = checkers.running.remove();
        Stores.await(batch.done());
        List<VerifyResult.Failure> failed = new ArrayList<>();
        for (int i = 0; i < batch.valid().length; i++) {
            if (!batch.valid()[i]) {
                Check c = batch.checks().get(i);
                failed.add(new VerifyResult.Failure(OptionalLong.of(c.sessionId()),
                        VerifyFinding.of(VerifyFinding.Kind.SIGNATURE, c.what(), c.kioskId())));
            }
        }
        batch.slot().fill(failed);
    }

    /** Links before the signed era, unsigned as they were written. */
    long legacy() {
        return legacy;
    }
}
