package app.holdpoint.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;
import java.io.IOException;

/**
 * {@link SessionStore} over JDBC (embedded H2 by default, any database the migrations support). Writes go to
 * one {@link Writer} thread with its own connection; reads open a short-lived connection each.
 */
public final class JdbcSessionStore implements SessionStore {
    private final Database database;
    private final StoreConfig config;
    private final Writer writer;
    private final SessionWrites sessions;
    private final SealWrites seals;
    private final TherapistWrites therapists;
    private final CredentialWrites credentials;
    private final RecoveryWrites recovery;
    private final RecoveryCodeWrites recoveryCodes;
    private final Sql writerSql;
    private final ChainHeadFile heads;
    private volatile Runnable onSealed = () -> { };

    /**
     * A store whose kiosk key lives in the embedded database's data folder; for a database given by URL the key
     * lives only as long as this store (use {@link #JdbcSessionStore(Database, StoreConfig, Path)} to keep it).
     */
    public JdbcSessionStore(Database database, StoreConfig config) {
        this(database, config, database.dataDirectory().map(KioskKey::loadOrCreate).orElseGet(KioskKey::ephemeral),
                defaultDurability(database));
    }

    /**
     * A store that signs with the kiosk key in {@code keyFolder} (created, private, on first use) and remembers
     * its newest seal there.
     */
    public JdbcSessionStore(Database database, StoreConfig config, Path keyFolder) {
        this(database, config, KioskKey.loadOrCreate(keyFolder), defaultDurability(database));
    }

    /** With a chosen durability step (the benchmark compares syncing with not syncing). */
    JdbcSessionStore(Database database, StoreConfig config, KioskKey key, Writer.Durability durability) {
        this.database = database;
        this.config = config;
        this.heads = new ChainHeadFile(key, config.clock().getZone());
        try {
            Connection connection = database.connect();
            // H2 creates its lock file with the process's umask once the database is open: keep it 0600 too.
            database.dataDirectory().ifPresent(PrivateFiles::restrictFiles);
            Sql sql = new Sql(connection);
            this.sessions = new SessionWrites(sql, config);
            SealWrites sealWrites = new SealWrites(sql, config, sessions, new Signing(key, config));
            this.seals = sealWrites;
            SecureRandom random = new SecureRandom();
            Pins pins = new Pins(config.pinIterations(), random);
            this.therapists = new TherapistWrites(config, pins);
            this.recovery = new RecoveryWrites(sql);
            this.recoveryCodes = new RecoveryCodeWrites(config, pins, random, therapists);
            this.credentials = new CredentialWrites(config);
            this.writerSql = sql;
            this.writer = new Writer(connection, () -> {
                sessions.forgetCache();
                sealWrites.forget();
            }, durability, () -> {
                sealWrites.takeSealed().ifPresent(this::rememberHead);
                if (sealWrites.takeChained()) {
                    sealed();
                }
            }, database::connect, fresh -> {
                sql.reconnect(fresh);
                sessions.forgetStatements();
            });
        } catch (SQLException e) {
            throw new StoreException("cannot open the database at " + Database.describe(database.url()) + ": "
                    + Failures.describe(e), e);
        }
    }

    private static Writer.Durability defaultDurability(Database database) {
        return database.vendor() == Vendor.H2 ? Writer.Durability.H2_SYNC : Writer.Durability.COMMIT_ONLY;
    }

    private void rememberHead(ChainHeadFile.Head head) {
        try {
            heads.advance(head);
        } catch (IOException | RuntimeException e) {
            // The seal is committed and synced; a head file that cannot be written only weakens rollback
            // detection until the next seal, and verify still checks the chain itself.
        }
    }

    /**
     * Runs {@code listener} on the writer thread after each commit that sealed a session (closed interrupted ones
     * too) or added an addendum, before the write's future completes; the kiosk's replicator hears of new work
     * this way instead of at its next poll. One listener: a later call replaces it. It must be quick and must not
     * throw; what it throws is ignored, since the write has committed.
     */
    public void onSealed(Runnable listener) {
        this.onSealed = Objects.requireNonNull(listener, "listener");
    }

    private void sealed() {
        try {
            onSealed.run();
        } catch (RuntimeException e) {
            // The seal is committed; a listener's fault must not turn it into a reported failure.
        }
    }

    /**
     * Whether this record is behind (or other than) the newest seal this kiosk remembers writing, as a problem
     * the kiosk and the command line word ({@link StoreProblem#RECORD_OLDER}, {@link StoreProblem#RECORD_REPLACED},
     * or the head file's own); empty when all is well.
     */
    public Optional<StoreException> rollbackProblem() {
        return withConnection(heads::problem);
    }

    /**
     * Marks sessions left running by a dead process as interrupted; returns how many. Call only while holding
     * the {@link KioskLock}: on an embedded database every running session is then an orphan; on a shared
     * server only this kiosk's are.
     */
    public CompletableFuture<Integer> recoverOrphans() {
        Optional<String> scope = database.dataDirectory().isPresent() ? Optional.empty()
                : Optional.of(config.kioskId());
        return writer.submit(c -> recovery.markOrphansInterrupted(scope));
    }

    @Override
    public CompletableFuture<Therapist> createTherapist(String name, Role role, char[] pin) {
        return writer.submit(c -> therapists.create(writerSql, name, role, pin));
    }

    @Override
    public CompletableFuture<Therapist> disableTherapist(String name) {
        return writer.submit(c -> therapists.disable(writerSql, name));
    }

    @Override
    public CompletableFuture<PinCheck> verifyPin(String name, char[] pin) {
        return writer.submit(c -> therapists.verify(writerSql, name, pin));
    }

    @Override
    public CompletableFuture<Therapist> grantDryNeedling(String therapistName, String jurisdiction,
                                                         Optional<LocalDate> expires, long administratorId) {
        return writer.submit(c -> credentials.grantDryNeedling(writerSql, therapistName, jurisdiction, expires,
                administratorId));
    }

    @Override
    public CompletableFuture<Therapist> revokeDryNeedling(String therapistName, long administratorId) {
        return writer.submit(c -> credentials.revokeDryNeedling(writerSql, therapistName, administratorId));
    }

    @Override
    public CompletableFuture<String> newRecoveryCode(String adminName, String actor) {
        return writer.submit(c -> recoveryCodes.create(writerSql, adminName, actor));
    }

    @Override
    public boolean hasRecoveryCode() {
        return read(r -> RecoveryCodeWrites.hasCode(r.sql()));
    }

    @Override
    public CompletableFuture<RecoveryCheck> checkRecoveryCode(char[] code) {
        return writer.submit(c -> recoveryCodes.check(writerSql, code));
    }

    @Override
    public CompletableFuture<RecoveryCheck> recoverAdministrator(String adminName, char[] code,
                                                                 Optional<char[]> newPin) {
        return writer.submit(c -> recoveryCodes.recover(writerSql, adminName, code, newPin));
    }

    @Override
    public CompletableFuture<Therapist> unlockTherapist(String name, String actor) {
        return writer.submit(c -> recoveryCodes.unlock(writerSql, name, actor));
    }

    @Override
    public CompletableFuture<Therapist> resetPin(String name, char[] newPin, String actor) {
        return writer.submit(c -> recoveryCodes.resetPin(writerSql, name, newPin, actor));
    }

    @Override
    public List<TherapistEvent> therapistEvents() {
        return read(r -> RecoveryCodeWrites.events(r.sql()));
    }

    @Override
    public Optional<VerifyFinding> clockNotice(long sessionId) {
        return read(r -> r.clockNotice(sessionId));
    }

    @Override
    public List<Therapist> therapists() {
        return read(Reads::therapists);
    }

    @Override
    public Optional<Therapist> therapist(String name) {
        return read(r -> r.therapist(name));
    }

    @Override
    public CompletableFuture<Long> beginSession(NewSession session) {
        return writer.submit(c -> sessions.begin(session));
    }

    @Override
    public CompletableFuture<Void> append(long sessionId, SessionEvent event) {
        return writer.submit(c -> {
            sessions.append(sessionId, event);
            return null;
        });
    }

    @Override
    public CompletableFuture<SessionRecord> seal(long sessionId, Closing closing, Optional<Signature> signer) {
        return writer.submit(c -> sealFinished(sessionId, closing, signer));
    }

    @Override
    public CompletableFuture<SessionRecord> closeAsInterrupted(long sessionId, Closing closing,
                                                               Optional<Signature> closedBy) {
        return writer.submit(c -> sealInterrupted(sessionId, closing, closedBy));
    }

    @Override
    public CompletableFuture<List<SessionEvent>> resume(long sessionId) {
        return writer.submit(c -> recovery.resume(sessionId));
    }

    @Override
    public CompletableFuture<Addendum> addAddendum(long sessionId, Signature author, String text) {
        return writer.submit(c -> seals.addAddendum(sessionId, author, text));
    }

    @Override
    public <T> CompletableFuture<T> batch(Function<Batch, T> work) {
        return writer.submit(c -> {
            sessions.startBatch();
            T result = work.apply(new WriterBatch());
            sessions.flush();
            return result;
        });
    }

    @Override
    public List<SessionRecord> findInterrupted() {
        Optional<String> scope = database.dataDirectory().isPresent() ? Optional.empty()
                : Optional.of(config.kioskId());
        return read(r -> r.sessionsWithStatus(SessionStatus.INTERRUPTED, false, scope));
    }

    @Override
    public Optional<SessionRecord> session(long id) {
        return read(r -> r.session(id));
    }

    @Override
    public Optional<PriorScreening> lastScreening(String clientRef, Instant notBefore) {
        return read(r -> r.lastScreening(clientRef, notBefore));
    }

    @Override
    public List<SessionEvent> events(long sessionId) {
        return read(r -> r.events(sessionId));
    }

    @Override
    public List<Addendum> addenda(long sessionId) {
        return read(r -> r.addenda(sessionId));
    }

    @Override
    public Optional<ProtocolVersion> protocolVersion(long id) {
        return read(r -> r.protocolVersion(id));
    }

    @Override
    public List<String> protocolIds() {
        return read(Reads::protocolIds);
    }

    @Override
    public AuditPage audit(AuditFilter filter, AuditSort sort, Optional<AuditPage.Key> after, int limit) {
        return withConnection(c -> new AuditQueries(c).page(filter, sort, after, limit));
    }

    @Override
    public long auditCount(AuditFilter filter) {
        return withConnection(c -> new AuditQueries(c).count(filter));
    }

    @Override
    public int auditKiosks() {
        return withConnection(c -> new AuditQueries(c).kiosks());
    }

    @Override
    public void auditEach(AuditFilter filter, Consumer<AuditRow> sink) {
        withConnection(c -> {
            new AuditQueries(c).each(filter, sink);
            return null;
        });
    }

    @Override
    public PeriodSummary summarize(AuditFilter filter, Duration tolerance, ZoneId zone) {
        return withConnection(c -> new SummaryQueries(new AuditQueries(c)).summarize(filter, tolerance, zone));
    }

    @Override
    public VerifyResult verify() {
        return withConnection(c -> new ChainVerifier(c, database::connect, heads).verify());
    }

    @Override
    public void close() {
        writer.close();
    }

    private static void checkFinished(Closing closing) {
        if (closing.status() == SessionStatus.INTERRUPTED) {
            throw new StoreException("use closeAsInterrupted for interrupted sessions");
        }
    }

    private static void checkInterrupted(Closing closing) {
        if (closing.status() != SessionStatus.INTERRUPTED) {
            throw new StoreException("closeAsInterrupted needs the status interrupted");
        }
    }

    private SessionRecord sealFinished(long sessionId, Closing closing, Optional<Signature> signer)
            throws SQLException {
        checkFinished(closing);
        seals.seal(sessionId, closing, signer);
        return new Reads(writerSql).session(sessionId).orElseThrow();
    }

    private SessionRecord sealInterrupted(long sessionId, Closing closing, Optional<Signature> closedBy)
            throws SQLException {
        checkInterrupted(closing);
        seals.seal(sessionId, closing, closedBy);
        return new Reads(writerSql).session(sessionId).orElseThrow();
    }

    /** The synchronous view of the writes, valid only inside {@link #batch}. */
    private final class WriterBatch implements Batch {
        @Override
        public long beginSession(NewSession session) {
            return unchecked(() -> sessions.begin(session));
        }

        @Override
        public void append(long sessionId, SessionEvent event) {
            unchecked(() -> {
                sessions.append(sessionId, event);
                return null;
            });
        }

        @Override
        public void seal(long sessionId, Closing closing, Optional<Signature> signer) {
            unchecked(() -> {
                checkFinished(closing);
                seals.seal(sessionId, closing, signer);
                return null;
            });
        }

        @Override
        public void closeAsInterrupted(long sessionId, Closing closing, Optional<Signature> closedBy) {
            unchecked(() -> {
                checkInterrupted(closing);
                seals.seal(sessionId, closing, closedBy);
                return null;
            });
        }

        @Override
        public Addendum addAddendum(long sessionId, Signature author, String text) {
            return unchecked(() -> seals.addAddendum(sessionId, author, text));
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private interface ReadJob<T> {
        T run(Reads reads) throws SQLException;
    }

    private <T> T read(ReadJob<T> job) {
        return withConnection(c -> {
            try (Sql sql = new Sql(c)) {
                return job.run(new Reads(sql));
            }
        });
    }

    private <T> T withConnection(Writer.Job<T> job) {
        try (Connection connection = database.connect()) {
            return job.run(connection);
        } catch (SQLException e) {
            throw Failures.translate(e, database.dataDirectory());
        }
    }
}
