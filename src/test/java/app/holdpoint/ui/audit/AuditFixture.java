package app.holdpoint.ui.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

/** A demo clinic history in a temporary folder, a reads executor, and a way to tamper with the record. */
final class AuditFixture implements AutoCloseable {
    static final Instant END = Instant.parse("2026-11-20T18:00:00Z");
    static final Clock CLOCK = Clock.fixed(END, ZoneOffset.UTC);

    final Database database;
    final JdbcSessionStore store;
    final Catalog catalog = TestProtocols.catalog();
    final ExecutorService reads = readsExecutor("audit-test-reads");

    /** The workspace's background reads: one daemon thread of that name. */
    static ExecutorService readsExecutor(String threadName) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    AuditFixture(Path folder, int sessions) {
        database = Database.open(folder, Optional.empty());
        DemoClock clock = new DemoClock();
        store = new JdbcSessionStore(database, TestStores.fastPins(clock));
        new DemoHistory(store, TestProtocols.protocols(), new DemoTherapists(store),
                clock).generate(sessions, 7, END, done -> { });
    }

    /** Drops the append-only triggers, as someone at a SQL console would have to, and runs the statements. */
    void tamper(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS session_sealed_only");
            sql.execute("DROP TRIGGER IF EXISTS session_event_append_only");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    @Override
    public void close() {
        reads.shutdownNow();
        store.close();
    }
}
