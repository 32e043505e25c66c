package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.TestProtocols;

/** The dry-needling credential: granted and revoked by administrators, kept as history, checked at begin. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CredentialTest extends AnaAndLeadCase {
    /** The fixtures' clock reads this day (T0 + 1 h). */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** A frozen protocol with needling, so these tests do not follow edits to the shipped library. */
    private static Protocol needling() {
        return TestProtocols.needlingProtocol();
    }

    private long beginNeedling(Therapist therapist, Instant start) {
        return Stores.await(store.beginSession(new NewSession(therapist.id(), "C-9", Optional.of(Side.LEFT),
                needling(), start, OptionalInt.of(5), List.of(), Optional.empty(), true)));
    }

    @Test
    void aGrantIsAttributedAndReadBackWithTheTherapist() {
        Therapist granted = Stores.await(store.grantDryNeedling("Ana", " Colorado ", Optional.of(TODAY.plusYears(1)),
                lead.id()));

        Credential credential = granted.dryNeedling().orElseThrow();
        assertThat(credential.jurisdiction()).isEqualTo("Colorado");
        assertThat(credential.expires()).contains(TODAY.plusYears(1));
        assertThat(credential.grantedBy()).isEqualTo(lead.id());
        assertThat(credential.grantedAt()).isEqualTo(Fixtures.T0.plusSeconds(3600));
        assertThat(store.therapist("Ana").orElseThrow()).isEqualTo(granted);
        assertThat(store.therapists()).filteredOn(t -> t.name().equals("Ana")).containsExactly(granted);
        assertThat(granted.mayNeedleOn(TODAY)).isTrue();
        assertThat(granted.mayNeedleOn(TODAY.plusYears(1))).as("the expiry day still counts").isTrue();
        assertThat(granted.mayNeedleOn(TODAY.plusYears(1).plusDays(1))).isFalse();
        assertThat(store.therapist("Lead").orElseThrow().dryNeedling()).isEmpty();
    }

    @Test
    void onlyAnEnabledAdministratorGrantsOrRevokes() {
        Therapist ben = Fixtures.therapist(store, "Ben");

        assertThatThrownBy(() -> Stores.await(store.grantDryNeedling("Ana", "", Optional.empty(), ben.id())))
                .isInstanceOf(StoreException.class)
                .hasMessage("only an enabled administrator may grant or revoke a credential, and 'Ben' is not one");
        assertThatThrownBy(() -> Stores.await(store.revokeDryNeedling("Ana", ana.id())))
                .hasMessageContaining("only an enabled administrator");
        assertThat(store.therapist("Ana").orElseThrow().dryNeedling()).isEmpty();
    }

    @Test
    void anExpiryAlreadyPastIsRefused() {
        assertThatThrownBy(() -> Stores.await(store.grantDryNeedling("Ana", "", Optional.of(TODAY.minusDays(1)),
                lead.id()))).hasMessage("the expiry date 2026-03-01 has already passed");
    }

    @Test
    void aRevocationRemovesTheCredentialAndBothRowsStayInTheRecord() throws Exception {
        Stores.await(store.grantDryNeedling("Ana", "Ontario", Optional.empty(), lead.id()));

        Therapist revoked = Stores.await(store.revokeDryNeedling("Ana", lead.id()));

        assertThat(revoked.dryNeedling()).isEmpty();
        assertThatThrownBy(() -> Stores.await(store.revokeDryNeedling("Ana", lead.id())))
                .hasMessage("therapist 'Ana' has no dry-needling credential to revoke");
        try (Connection c = database.connect(); Statement sql = c.createStatement();
             var rows = sql.executeQuery("SELECT action, jurisdiction, recorded_by FROM therapist_credential"
                     + " ORDER BY id")) {
            List<String> history = new ArrayList<>();
            while (rows.next()) {
                history.add(rows.getString(1) + " " + rows.getString(2) + " by " + rows.getLong(3));
            }
            assertThat(history).containsExactly("grant Ontario by " + lead.id(), "revoke null by " + lead.id());
        }
        Stores.await(store.grantDryNeedling("Ana", "Ontario", Optional.empty(), lead.id()));
        assertThat(store.therapist("Ana").orElseThrow().dryNeedling()).isPresent();
    }

    @Test
    void theCredentialHistoryCannotBeEditedOrDeleted() throws Exception {
        Stores.await(store.grantDryNeedling("Ana", "Ontario", Optional.empty(), lead.id()));

        try (Connection c = database.connect(); Statement sql = c.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE therapist_credential SET expires_on = DATE '2030-01-01'"))
                    .hasMessageContaining("therapist_credential rows are append-only");
            assertThatThrownBy(() -> sql.execute("DELETE FROM therapist_credential"))
                    .hasMessageContaining("therapist_credential rows are append-only");
        }
    }

    @Test
    void aNeedlingSessionIsRefusedWithoutACredentialAndNothingIsWritten() {
        assertThatThrownBy(() -> beginNeedling(ana, Fixtures.T0))
                .isInstanceOfSatisfying(SessionRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SessionRefused.Reason.DRY_NEEDLING_CREDENTIAL))
                .hasMessage("fixture-needling has dry needling and therapist 'Ana' may not needle: their record"
                        + " carries no dry-needling credential; an administrator records one with: therapist"
                        + " credential 'Ana' --dry-needling [--jurisdiction X] [--expires YYYY-MM-DD]");
        assertThat(store.verify().sessions()).isZero();
    }

    @Test
    void aNeedlingSessionStartsWithAValidCredentialAndNotAfterItExpiresOrIsRevoked() {
        Stores.await(store.grantDryNeedling("Ana", "", Optional.of(TODAY.plusDays(10)), lead.id()));

        assertThat(beginNeedling(ana, Fixtures.T0.plus(Duration.ofDays(10)))).isPositive();
        assertThatThrownBy(() -> beginNeedling(ana, Fixtures.T0.plus(Duration.ofDays(11))))
                .isInstanceOf(SessionRefused.class)
                .hasMessageContaining("their dry-needling credential expired on 2026-03-12");

        Stores.await(store.revokeDryNeedling("Ana", lead.id()));
        assertThatThrownBy(() -> beginNeedling(ana, Fixtures.T0)).isInstanceOf(SessionRefused.class);
    }

    @Test
    void aProtocolWithoutNeedlingNeedsNoCredential() {
        assertThat(Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")))).isPositive();
    }
}
