package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roles of docs/postgresql.md, set up by running its SQL file (db/postgresql/roles.sql) on the test server:
 * the server itself refuses the kiosk role's UPDATE, DELETE and TRUNCATE of the record, lets it insert, and lets
 * an auditor read and verify but not write.
 */
class KioskRoleTest {
    private static final String ROLES = "db/postgresql/roles.sql";
    private static final String KIOSK_PASSWORD = "kiosk-secret";
    private static final String AUDITOR_PASSWORD = "auditor-secret";
    private static final String OWNER_PASSWORD = "owner-secret";

    @TempDir
    static Path folder;
    static String url;
    static long sealed;

    @BeforeAll
    static void setUpAsTheDocsSay() throws Exception {
        PostgresServer server = PostgresServer.get();
        String sql = roles();
        server.execute("postgres", section(sql, "server"));
        server.execute("postgres", "ALTER ROLE holdpoint_owner PASSWORD '" + OWNER_PASSWORD + "'",
                "ALTER ROLE holdpoint_kiosk PASSWORD '" + KIOSK_PASSWORD + "'",
                "ALTER ROLE holdpoint_auditor PASSWORD '" + AUDITOR_PASSWORD + "'");
        String name = "roles_" + ProcessHandle.current().pid();
        server.execute("postgres", "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name
                + " OWNER holdpoint_owner");
        url = server.url(name);
        // The owner's first start migrates; a session is recorded and sealed.
        Database asOwner = Database.open(folder, Optional.of(url),
                PostgresServer.loginAs("holdpoint_owner", OWNER_PASSWORD));
        try (JdbcSessionStore store = new JdbcSessionStore(asOwner, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            sealed = Fixtures.recordedSession(store, ana, 2, true);
        }
        try (Connection owner = connect("holdpoint_owner", OWNER_PASSWORD); Statement statement = owner.createStatement()) {
            statement.execute(section(sql, "database"));
        }
    }

    @Test
    void theServerRefusesTheKioskRolesUpdateOfASealedSession() throws SQLException {
        try (Connection kiosk = connect("holdpoint_kiosk", KIOSK_PASSWORD); Statement sql = kiosk.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE therapy_session SET pain_after = 0 WHERE id = " + sealed))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501"); // insufficient_privilege: no grant at all
                        assertThat(Failures.describe(e)).startsWith("the database refused: this database user is"
                                + " not allowed to do that");
                    });
            for (String statement : new String[] {"DELETE FROM session_event WHERE session_id = " + sealed,
                    "UPDATE session_event SET detail = 'x'", "TRUNCATE session_event", "DELETE FROM therapist",
                    "UPDATE chain_head SET seq = seq + 1", "DROP TRIGGER session_sealed_only ON therapy_session"}) {
                assertThatThrownBy(() -> sql.execute(statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).isIn("42501", "42809"));
            }
            try (var rows = sql.executeQuery("SELECT pain_after FROM therapy_session WHERE id = " + sealed)) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    void theKioskRoleMayInsertAndRead() throws SQLException {
        try (Connection kiosk = connect("holdpoint_kiosk", KIOSK_PASSWORD); Statement sql = kiosk.createStatement()) {
            assertThat(sql.executeUpdate("INSERT INTO therapist_credential (therapist_id, credential, action,"
                    + " recorded_by, recorded_at) SELECT id, 'kiosk-test', 'grant', id, CURRENT_TIMESTAMP FROM therapist"))
                    .isEqualTo(1);
            try (var rows = sql.executeQuery("SELECT COUNT(*) FROM therapy_session")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void anAuditorReadsAndVerifiesButCannotWrite() throws SQLException {
        Database asAuditor = Database.open(folder, Optional.of(url),
                PostgresServer.loginAs("holdpoint_auditor", AUDITOR_PASSWORD));
        try (JdbcSessionStore store = new JdbcSessionStore(asAuditor, Fixtures.config())) {
            assertThat(store.session(sealed)).isPresent();
            assertThat(store.auditCount(AuditFilter.all())).isEqualTo(1);
            assertThat(store.verify().firstProblem()).isEmpty();
        }
        try (Connection auditor = connect("holdpoint_auditor", AUDITOR_PASSWORD);
             Statement sql = auditor.createStatement()) {
            assertThatThrownBy(() -> sql.execute("INSERT INTO chain_head (chain, seq, head_hash) VALUES ('x', 0, '0')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void theDocsQuoteTheSqlTheTestRuns() throws IOException {
        assertThat(Files.readString(Path.of("docs/postgresql.md"))).contains(roles().strip());
    }

    private static Connection connect(String role, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    static String roles() throws IOException {
        try (InputStream in = KioskRoleTest.class.getClassLoader().getResourceAsStream(ROLES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The part of the file under "-- @section NAME", up to the next section. */
    static String section(String sql, String name) {
        int start = sql.indexOf("-- @section " + name);
        int next = sql.indexOf("-- @section ", start + 1);
        return sql.substring(start, next < 0 ? sql.length() : next);
    }
}
