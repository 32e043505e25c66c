package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.holdpoint.protocol.load.ProtocolReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.NewSession.ScreeningAnswer;
import app.holdpoint.store.NewSession.ScreeningOverride;
import app.holdpoint.store.NewSession.TriggerPoints;
import app.holdpoint.testsupport.TestProtocols;
import java.nio.charset.StandardCharsets;

/**
 * What the session's preparation decided (carried-over answers, precaution lines, trigger points left for next
 * time, the kind of stop overridden) is stored, read back and covered by the header hash; sessions recorded
 * before (header-v1) still verify; the carry-over query finds the client's newest answers in the window.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PreparedHeaderTest extends AnaAndLeadCase {
    private NewSession prepared(String client, Instant start, List<ScreeningAnswer> answers) {
        NewSession plain = Fixtures.session(ana.id(), client);
        return new NewSession(ana.id(), client, plain.side(), plain.protocol(), start, OptionalInt.of(4), answers,
                Optional.of(new ScreeningOverride(lead.id(), "afebrile on re-check, cleared by GP")), true,
                List.of("Osteoporosis: light pressure only, no elbow or knee", "Avoid the carotid sheath"),
                Optional.of(new TriggerPoints(List.of("upper-trapezius left", "suboccipitals both"),
                        List.of("upper-trapezius right"))));
    }

    private static List<ScreeningAnswer> answers(long carriedFrom) {
        return List.of(new ScreeningAnswer("fever", false),
                new ScreeningAnswer("osteoporosis", true, OptionalLong.of(carriedFrom)));
    }

    private String verifyAfter(String... statements) throws Exception {
        try (Connection c = database.connect(); Statement sql = c.createStatement()) {
            sql.execute(backend.dropTrigger("session_sealed_only", "therapy_session"));
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return store.verify().firstProblem().orElse("");
    }

    @Test
    void thePreparationRoundTripsWithTheSession() {
        long id = Stores.await(store.beginSession(prepared("C-1", Fixtures.T0, answers(77))));

        SessionRecord record = store.session(id).orElseThrow();
        assertThat(record.screening()).containsExactly(new ScreeningAnswer("fever", false),
                new ScreeningAnswer("osteoporosis", true, OptionalLong.of(77)));
        assertThat(record.answers()).containsExactly(Map.entry("fever", false), Map.entry("osteoporosis", true));
        assertThat(record.precautions()).containsExactly("Osteoporosis: light pressure only, no elbow or knee",
                "Avoid the carotid sheath");
        assertThat(record.triggerPoints()).contains(new TriggerPoints(
                List.of("upper-trapezius left", "suboccipitals both"), List.of("upper-trapezius right")));
        assertThat(record.overriddenStop()).contains(StopKind.RELATIVE);
        assertThat(store.verify().firstProblem()).isEmpty();
    }

    @Test
    void aSessionWithoutPreparationDetailsReadsAsNone() {
        long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-2")));

        SessionRecord record = store.session(id).orElseThrow();
        assertThat(record.precautions()).isEmpty();
        assertThat(record.triggerPoints()).isEmpty();
        assertThat(record.overriddenStop()).isEmpty();
        assertThat(record.screening()).allSatisfy(a -> assertThat(a.carriedFromSession()).isEmpty());
    }

    @Test
    void theHeaderHashCoversEveryNewField() throws Exception {
        long id = Stores.await(store.beginSession(prepared("C-1", Fixtures.T0, answers(77))));
        String where = "session " + id + ": its header";

        assertThat(verifyAfter("UPDATE therapy_session SET precautions = '[]'")).startsWith(where);
        assertThat(verifyAfter("UPDATE therapy_session SET precautions = '[\"Osteoporosis: light pressure only, no"
                + " elbow or knee\",\"Avoid the carotid sheath\"]', trigger_points = NULL")).startsWith(where);
    }

    @Test
    void aCarriedOverSourceCannotBeChangedOrDropped() throws Exception {
        long id = Stores.await(store.beginSession(prepared("C-1", Fixtures.T0, answers(77))));

        assertThat(verifyAfter("UPDATE therapy_session SET screening = REPLACE(screening, ',\"carriedFrom\":77', '')"
                + " WHERE id = " + id)).startsWith("session " + id + ": its header");
    }

    @Test
    void theOverrideKindAndTheHeaderFormatAreCovered() throws Exception {
        long id = Stores.await(store.beginSession(prepared("C-1", Fixtures.T0, answers(77))));

        assertThat(verifyAfter("UPDATE therapy_session SET override_kind = 'absolute'"))
                .startsWith("session " + id + ": its header");
        assertThat(verifyAfter("UPDATE therapy_session SET header_format = NULL, precautions = NULL,"
                + " trigger_points = NULL, override_kind = NULL"))
                .as("passing a new session off as an old one").startsWith("session " + id + ": its header");
    }

    /**
     * A session recorded before this version (header-v1 hash, no new columns) in a V5 database: after the upgrade
     * it is resumed, sealed and verifies beside a new session.
     */
    @Test
    void sessionsRecordedBeforeTheUpgradeStillVerify() throws Exception {
        long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-OLD")));
        try (Connection c = database.connect(); Statement sql = c.createStatement()) {
            // Rewriting the header as an older version wrote it is a header change, which PostgreSQL refuses.
            sql.execute(backend.dropTrigger("session_sealed_only", "therapy_session"));
        }
        try (Connection c = database.connect();
             PreparedStatement read = c.prepareStatement(SessionRows.SELECT + "WHERE s.id = ?")) {
            read.setLong(1, id);
            String v1;
            try (ResultSet r = read.executeQuery()) {
                r.next();
                Hashes.Header header = SessionRows.header(r);
                v1 = new Hashes().header(new Hashes.Header(1, header.therapist(), header.clientRef(), header.side(),
                        header.protocolId(), header.protocolVersion(), header.protocolSha256(),
                        header.sessionProtocolId(), header.kioskId(), header.startedMicros(), header.painBefore(),
                        header.screening(), header.overrideReason(), header.overrideBy(), header.consent(), null,
                        null, null));
            }
            try (PreparedStatement old = c.prepareStatement("UPDATE therapy_session SET header_format = NULL,"
                    + " precautions = NULL, trigger_points = NULL, override_kind = NULL, header_hash = ?,"
                    + " last_event_hash = ? WHERE id = ?")) {
                old.setString(1, v1);
                old.setString(2, v1);
                old.setLong(3, id);
                old.executeUpdate();
            }
            // Put the rule back: verify fails a record whose append-only triggers are missing.
            try (Statement sql = c.createStatement()) {
                sql.execute(backend == Backend.H2
                        ? "CREATE TRIGGER session_sealed_only BEFORE UPDATE, DELETE ON therapy_session"
                        + " FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger'"
                        : "CREATE TRIGGER session_sealed_only BEFORE UPDATE OR DELETE ON therapy_session"
                        + " FOR EACH ROW EXECUTE FUNCTION holdpoint_session_sealed_only()");
            }
        }
        store.close(); // the writer caches the event chain's tail, which the rows above just moved
        // Back to a V5 schema, as a kiosk from before would have left it, and upgrade again on open.
        try (Connection c = database.connect(); Statement sql = c.createStatement()) {
            sql.execute(backend.dropTrigger("therapist_credential_append_only", "therapist_credential"));
            sql.execute("DROP TABLE therapist_credential");
            sql.execute("ALTER TABLE therapy_session DROP COLUMN header_format");
            sql.execute("ALTER TABLE therapy_session DROP COLUMN precautions");
            sql.execute("ALTER TABLE therapy_session DROP COLUMN trigger_points");
            sql.execute("ALTER TABLE therapy_session DROP COLUMN override_kind");
            sql.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8', '8.1', '9', '10', '10.1')");
        }
        database = backend.open(folder);
        store = new JdbcSessionStore(database, Fixtures.config());
        for (var event : Fixtures.events(2)) {
            Stores.await(store.append(id, event));
        }
        Stores.await(store.seal(id, Fixtures.completed(), Optional.of(Fixtures.sign(store, "Ana"))));
        Stores.await(store.beginSession(prepared("C-NEW", Fixtures.T0, answers(id))));

        VerifyResult result = store.verify();
        assertThat(result.firstProblem()).isEmpty();
        assertThat(result.sessions()).isEqualTo(2);
        assertThat(store.session(id).orElseThrow().precautions()).isEmpty();
    }

    @Test
    void anOverrideOfAnAbsoluteStopIsRefused() {
        NewSession plain = Fixtures.session(ana.id(), "C-1");
        NewSession absolute = new NewSession(ana.id(), "C-1", plain.side(), plain.protocol(), Fixtures.T0,
                OptionalInt.of(4), plain.screening(), Optional.of(new ScreeningOverride(lead.id(),
                "the client insists on going ahead today", StopKind.ABSOLUTE)), true);

        assertThatThrownBy(() -> Stores.await(store.beginSession(absolute)))
                .isInstanceOfSatisfying(SessionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(SessionRefused.Reason.ABSOLUTE_STOP));
    }

    @Test
    void anAbsoluteStopAnswerIsRefusedWhateverTheOverrideSays() {
        String text = """
                id: fixture-absolute
                title: Fixture absolute
                version: 1
                condition: headache
                summary: For tests.
                sources: [S2]
                screening:
                  - id: attack-now
                    ask: Headache attack under way?
                    stop-if: yes
                    override: never
                steps:
                  - instruct:
                      label: Rest
                      cue: Lie back.
                      duration: 1m [DEFAULT]
                """;
        var read = new ProtocolReader(TestProtocols.catalog()).read("absolute.yaml",
                text.getBytes(StandardCharsets.UTF_8));
        NewSession attack = new NewSession(ana.id(), "C-1", Optional.empty(), read.protocol().orElseThrow(),
                Fixtures.T0, OptionalInt.of(7), List.of(new ScreeningAnswer("attack-now", true)),
                Optional.of(new ScreeningOverride(lead.id(), "the client insists on going ahead today")), true);

        assertThatThrownBy(() -> Stores.await(store.beginSession(attack)))
                .isInstanceOfSatisfying(SessionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(SessionRefused.Reason.ABSOLUTE_STOP))
                .hasMessage("the answer to attack-now rules this treatment out today and cannot be overridden by"
                        + " anyone");
        assertThat(store.verify().sessions()).isZero();
    }

    @Test
    void anOverrideNeedsAnAdministratorAndARealReason() {
        NewSession plain = Fixtures.session(ana.id(), "C-1");
        BiFunction<Long, String, NewSession> overridden = (by, reason) -> new NewSession(ana.id(),
                "C-1", plain.side(), plain.protocol(), Fixtures.T0, OptionalInt.of(4), plain.screening(),
                Optional.of(new ScreeningOverride(by, reason)), true);

        assertThatThrownBy(() -> Stores.await(store.beginSession(overridden.apply(ana.id(),
                "checked with the client's GP today")))).isInstanceOfSatisfying(SessionRefused.class,
                r -> assertThat(r.reason()).isEqualTo(SessionRefused.Reason.OVERRIDE_NOT_BY_ADMINISTRATOR));
        assertThatThrownBy(() -> Stores.await(store.beginSession(overridden.apply(lead.id(), "ok, checked"))))
                .isInstanceOfSatisfying(SessionRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(SessionRefused.Reason.OVERRIDE_REASON))
                .hasMessage("an override needs a written reason of at least 20 characters");
        assertThatThrownBy(() -> Stores.await(store.beginSession(overridden.apply(lead.id(),
                "fine fine fine fine fine fine")))).hasMessage(
                "an override's reason must say why in words, not one word repeated");
        assertThat(store.verify().sessions()).isZero();
    }

    @Test
    void lastScreeningIsTheClientsNewestAnsweredSessionInTheWindow() {
        Instant day = Fixtures.T0;
        long older = Stores.await(store.beginSession(prepared("C-7", day.minus(Duration.ofDays(20)),
                List.of(new ScreeningAnswer("osteoporosis", false)))));
        long newer = Stores.await(store.beginSession(prepared("C-7", day.minus(Duration.ofDays(5)),
                answers(older))));
        Stores.await(store.beginSession(prepared("C-8", day.minus(Duration.ofDays(1)),
                List.of(new ScreeningAnswer("fever", true)))));
        // A simulation records no answers: it is passed over.
        NewSession plain = Fixtures.session(ana.id(), "C-7");
        Stores.await(store.beginSession(new NewSession(ana.id(), "C-7", plain.side(), plain.protocol(),
                day.minus(Duration.ofDays(2)), OptionalInt.empty(), List.of(), Optional.empty(), false)));

        PriorScreening found = store.lastScreening("C-7", day.minus(Duration.ofDays(30))).orElseThrow();
        assertThat(found.sessionId()).isEqualTo(newer);
        assertThat(found.startedAt()).isEqualTo(day.minus(Duration.ofDays(5)));
        assertThat(found.answers()).containsExactly(Map.entry("fever", false), Map.entry("osteoporosis", true));

        assertThat(store.lastScreening("C-7", day.minus(Duration.ofDays(5)))).map(PriorScreening::sessionId)
                .as("the window's first instant counts").contains(newer);
        assertThat(store.lastScreening("C-7", day.minus(Duration.ofDays(4)))).isEmpty();
        assertThat(store.lastScreening("C-9", day.minus(Duration.ofDays(30)))).isEmpty();
    }
}
