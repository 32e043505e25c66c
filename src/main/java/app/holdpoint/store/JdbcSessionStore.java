package app.holdpoint.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;

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
    private final Sql writerSql;

    public JdbcSessionStore(Database database, StoreConfig config) {
        this.database = database;
        this.config = config;
        try {
            Connection connection = database.connect();
            Sql sql = new Sql(connection);
            this.sessions = new SessionWrites(sql, config);
            this.seals = new SealWrites(sql, config, sessions);
            this.therapists = new TherapistWrites(config, new Pins(config.pinIterations(), new SecureRandom()));
            this.credentials = new CredentialWrites(config);
            this.writerSql = sql;
            this.writer = new Writer(connection, sessions::forgetCache, database::connect, fresh -> {
                sql.reconnect(fresh);
                sessions.forgetStatements();
            });
        } catch (SQLException e) {
            throw new StoreException("cannot open the database at " + Database.describe(database.url()) + ": "
                    + Failures.describe(e), e);
        }
    }

    /**
     * Marks sessions left running by a dead process as interrupted; returns how many. Call only while holding
     * the {@link KioskLock}: on an embedded database every running session is then an orphan; on a shared
     * server only this kiosk's are.
     */
    public CompletableFuture<Integer> recoverOrphans() {
        Optional<String> scope = database.dataDirectory().isPresent() ? Optional.empty()
                : Optional.of(config.kioskId());
        return writer.submit(c -> seals.markOrphansInterrupted(scope));
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
    public Optional<String> clockNotice(long sessionId) {
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
        return writer.submit(c -> seals.resume(sessionId));
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
        return withConnection(c -> new ChainVerifier(c).verify());
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
