package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, references and notes are kept in NFC, and control characters never reach the record (issue 14). */
class PersonTextTest {
    private static final String NFC = "Jos\u00e9 Test";
    private static final String NFD = "Jose\u0301 Test";

    @TempDir
    Path folder;

    @Test
    void twoSpellingsOfTheSameNameAreOneTherapist() {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            Therapist jose = Fixtures.therapist(store, NFD);
            assertThat(jose.name()).isEqualTo(NFC);
            assertThatThrownBy(() -> Fixtures.therapist(store, NFC))
                    .isInstanceOf(StoreException.class).hasMessage("a therapist named '" + NFC + "' already exists");
            assertThat(store.therapist(NFD)).map(Therapist::id).contains(jose.id());
            assertThat(Stores.await(store.verifyPin(NFD, Fixtures.PIN)).signature()).isPresent();
            assertThat(store.therapists()).extracting(Therapist::name).containsExactly(NFC);
        }
    }

    @Test
    void aClientReferenceIsKeptInNfcAndTheAuditFilterMatchesEitherSpelling() {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            Therapist jose = Fixtures.therapist(store, NFC);
            long id = Stores.await(store.beginSession(Fixtures.session(jose.id(), "Zo\u0065\u0301-1")));
            assertThat(store.session(id).orElseThrow().clientRef()).isEqualTo("Zo\u00e9-1");
            assertThat(AuditFilter.all().withTherapist(NFD).therapist()).contains(NFC);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eve\u001b[31m Red", "Eve\u0000", "Eve\tRed", "Eve\nRed", "Eve\u202eder", "Eve\u0007"})
    void aControlCharacterInANameIsRefusedAndNamed(String name) {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            assertThatThrownBy(() -> Fixtures.therapist(store, name)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("a therapist's name cannot contain control characters; found U+")
                    .hasMessageEndingWith(". Type it again without it");
            assertThat(store.therapists()).isEmpty();
        }
    }

    @Test
    void theMessageSaysWhichCharacter() {
        assertThatThrownBy(() -> PersonText.line("Eve\u001b[31m", "a therapist's name"))
                .hasMessage("a therapist's name cannot contain control characters; found U+001B (escape). Type it "
                        + "again without it");
        assertThatThrownBy(() -> PersonText.line("Eve\u202e", "a client reference"))
                .hasMessage("a client reference cannot contain control characters; found U+202E (a text-direction "
                        + "control). Type it again without it");
    }

    @Test
    void aControlCharacterInAClientReferenceANoteOrAnAddendumIsRefused() {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            assertThatThrownBy(() -> Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-\u001b1"))))
                    .hasMessageStartingWith("a client reference cannot contain control characters; found U+001B");
            long id = Fixtures.recordedSession(store, ana, 1, false);
            Closing withEscape = new Closing(SessionStatus.COMPLETED, Fixtures.T0.plusSeconds(600), OptionalInt.of(3),
                    Optional.of("fine\u001b[2J"), Fixtures.summary());
            assertThatThrownBy(() -> Stores.await(store.seal(id, withEscape,
                    Optional.of(Fixtures.sign(store, "Ana")))))
                    .hasMessageStartingWith("a note cannot contain control characters; found U+001B");
            Closing twoLines = new Closing(SessionStatus.COMPLETED, Fixtures.T0.plusSeconds(600), OptionalInt.of(3),
                    Optional.of("Tolerated well.\r\nRe\u0301-test next week."), Fixtures.summary());
            Stores.await(store.seal(id, twoLines, Optional.of(Fixtures.sign(store, "Ana"))));
            assertThat(store.session(id).orElseThrow().note()).contains("Tolerated well.\nR\u00e9-test next week.");
            assertThatThrownBy(() -> Stores.await(store.addAddendum(id, Fixtures.sign(store, "Ana"), "ok\u0000")))
                    .hasMessageStartingWith("an addendum cannot contain control characters; found U+0000 (NUL)");
            assertThat(Stores.await(store.addAddendum(id, Fixtures.sign(store, "Ana"), "Phoned:\n\tfine")).text())
                    .isEqualTo("Phoned:\n\tfine");
        }
    }
}
