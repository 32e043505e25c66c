package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.PostgresServer;

/**
 * The command line on the clinic's central record: {@code verify}, {@code audit} and {@code audit export} with
 * {@code --db jdbc:postgresql://…} on a real server, the login from a private file or the environment, and the
 * ways a server address or login goes wrong said in one line of words.
 */
class PostgresCommandsTest {
    @TempDir
    static Path data;
    @TempDir
    static Path secrets;
    static String url;
    static Map<String, String> login;

    private static CliTestSupport.Run run(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = data.toString();
        all[2] = "--db";
        all[3] = url;
        System.arraycopy(args, 0, all, 4, args.length);
        return CliTestSupport.runWith(env, all);
    }

    private static CliTestSupport.Run run(String... args) {
        return run(login, args);
    }

    @BeforeAll
    static void demoHistoryOnTheServer() {
        PostgresServer server = PostgresServer.get();
        url = server.newDatabase();
        login = server.loginEnvironment();
        CliTestSupport.Run demo = run("demo-data", "--sessions", "30", "--seed", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void verifyAuditAndExportWorkOnTheServer(@TempDir Path out) throws IOException {
        CliTestSupport.Run verified = run("verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("verified 30 sessions, ");

        CliTestSupport.Run listed = run("audit", "--format", "csv");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out().lines().skip(1)).hasSize(30);

        Path file = out.resolve("sessions.csv");
        CliTestSupport.Run exported = run("audit", "export", "--format", "csv", "--out", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).hasSize(30);

        Path pdf = out.resolve("summary.pdf");
        assertThat(run("audit", "export", "--format", "pdf", "--out", pdf.toString()).exitCode()).isZero();
        assertThat(Files.size(pdf)).isPositive();
        assertThat(data.resolve("holdpoint.mv.db")).as("nothing embedded was made").doesNotExist();
    }

    @Test
    void aPrivateCredentialsFileLogsIn() throws IOException {
        Path file = credentials("rw-------");
        CliTestSupport.Run verified = run(Map.of(), "--db-credentials", file.toString(), "verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        CliTestSupport.Run fromEnvironment = run(Map.of("HOLDPOINT_DB_CREDENTIALS", file.toString()), "verify");
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
    }

    @Test
    void aCredentialsFileOthersCanReadIsRefusedAndSaysWhy() throws IOException {
        Path file = credentials("rw-r--r--");
        CliTestSupport.Run refused = run(Map.of(), "--db-credentials", file.toString(), "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("can be read or changed by other users of this machine",
                "chmod 600 " + file).hasLineCount(1).doesNotContain(PostgresServer.get().login().read().password());
    }

    @Test
    void withoutALoginTheMessageSaysWhereToPutIt() {
        CliTestSupport.Run refused = run(Map.of(), "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("needs a user name and password", "--db-credentials FILE",
                "HOLDPOINT_DB_USER").hasLineCount(1);
    }

    @Test
    void aWrongPasswordIsSaidInWordsWithoutThePassword() {
        Map<String, String> wrong = new HashMap<>(login);
        wrong.put("HOLDPOINT_DB_PASSWORD", "not-the-password-x9");
        CliTestSupport.Run refused = run(wrong, "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("refused to let user '" + login.get("HOLDPOINT_DB_USER") + "' in")
                .doesNotContain("not-the-password-x9").doesNotContain("PSQL").doesNotContain("FATAL")
                .hasLineCount(1);
    }

    @Test
    void anUnreachableServerIsSaidInWords() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CliTestSupport.Run refused = CliTestSupport.runWith(login, "--data", data.toString(), "--db",
                "jdbc:postgresql://127.0.0.1:" + closed + "/holdpoint", "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("holdpoint: cannot reach the database server at 127.0.0.1:" + closed
                + " — check it is running and the address" + System.lineSeparator());
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        CliTestSupport.Run refused = CliTestSupport.runWith(login, "--data", data.toString(), "--db",
                url + "?user=x&password=secret99", "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("the database address carries a password").doesNotContain("secret99")
                .hasLineCount(1);
    }

    @Test
    void anAddressOfAnotherKindOfDatabaseIsRefusedInWords() {
        CliTestSupport.Run refused = CliTestSupport.runWith(login, "--data", data.toString(), "--db",
                "jdbc:mysql://db/holdpoint", "verify");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("must start with jdbc:postgresql://").hasLineCount(1);
    }

    private static Path credentials(String permissions) throws IOException {
        Path file = secrets.resolve("db-" + permissions.replace('-', '_') + ".credentials");
        Files.writeString(file, "user=" + login.get("HOLDPOINT_DB_USER") + "\npassword="
                + login.get("HOLDPOINT_DB_PASSWORD") + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
