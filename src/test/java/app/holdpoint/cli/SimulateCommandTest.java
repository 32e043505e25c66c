package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventSink;
import app.holdpoint.session.EventType;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.session.Ticker;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import picocli.CommandLine;

class SimulateCommandTest {

    private static final Path HOME = Path.of("").toAbsolutePath();
    /** A frozen protocol, so these tests do not follow clinical edits to the shipped library. */
    private static final String FIXTURE = "src/test/resources/protocol-fixtures/seed-needling.yaml";
    private static final Clock WALL = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final FakeTicker ticker = new FakeTicker();
    private final StringWriter printed = new StringWriter();

    /** Paces the simulation on the fake ticker: waiting is jumping ahead, so no test ever sleeps. */
    private final Pacer fakePacer = new Pacer() {
        @Override
        public Ticker ticker() {
            return ticker;
        }

        @Override
        public void waitUntil(long tickerNanos) {
            ticker.moveTo(tickerNanos);
        }
    };

    private Timeline sample() {
        var protocol = PlanCommand.ProtocolLookup.find(HOME.resolve("protocols"), FIXTURE);
        return TimelineExpander.expand(protocol, Optional.of(Side.LEFT));
    }

    private SessionReport simulate(EventSink sink) throws InterruptedException {
        return new Simulation(sample(), fakePacer, WALL, sink, new PrintWriter(printed), 6).run();
    }

    private List<String> lines() {
        return printed.toString().lines().toList();
    }

    @Test
    void aSimulatedSessionRunsEveryPhaseExactlyAsPlanned() throws InterruptedException {
        SessionReport report = simulate(EventSink.discarding());

        assertThat(report.outcome()).isEqualTo(SessionReport.Outcome.COMPLETED);
        assertThat(report.hasDeviations()).isFalse();
        assertThat(report.totalActual()).isEqualTo(report.totalPlanned()).isEqualTo(Duration.parse("PT33M6S"));
        assertThat(report.rows()).extracting(row -> row.phase().kind()).contains(PhaseKind.values());
        assertThat(lines()).contains("Session completed in 33:06.", "Planned 33m6s, delivered 33m6s active, paused 0s.",
                "Deviations: none.");
    }

    @Test
    void ratingsDuringTheSessionAndNeedleCountsComeFromTheOptionsAndThePlan() throws InterruptedException {
        List<SessionEvent> stored = new ArrayList<>();
        simulate(stored::add);

        assertThat(stored).filteredOn(e -> e.type() == EventType.RATED).extracting(SessionEvent::detail)
                .containsExactly("6");
        assertThat(stored).filteredOn(e -> e.type() == EventType.CONFIRMED && !e.detail().isEmpty())
                .extracting(SessionEvent::detail).containsExactly("1", "1");
        assertThat(stored).filteredOn(e -> e.type() == EventType.RELEASE_MARKED).singleElement()
                .satisfies(e -> assertThat(e.offsetNanos()).isEqualTo(Duration.parse("PT13M30S").toNanos()
                        + Duration.ofSeconds(30).toNanos()));
    }

    @Test
    void eachEventIsPrintedOnlyAfterTheSinkHasIt() throws InterruptedException {
        List<Integer> printedWhenStored = new ArrayList<>();
        simulate(event -> printedWhenStored.add((int) lines().stream().filter(l -> l.contains(" #")).count()));

        for (int i = 0; i < printedWhenStored.size(); i++) {
            assertThat(printedWhenStored.get(i)).as("lines printed when event %d was stored", i).isEqualTo(i);
        }
        assertThat(lines().stream().filter(l -> l.contains(" #"))).hasSize(printedWhenStored.size());
    }

    @Test
    void anEventTheSinkCannotKeepIsNeverPrinted() {
        EventSink failing = event -> {
            if (event.type() == EventType.PHASE_ENDED) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThatThrownBy(() -> simulate(failing)).hasMessage("disk full");
        assertThat(lines()).noneMatch(l -> l.contains("PHASE_ENDED"));
    }

    @TempDir
    Path data;

    /**
     * simulate records through the real store, so the therapist it names must exist there; the fixture has
     * needling, so Ana holds a dry-needling credential (granted by the administrator Lead) and Ben does not.
     */
    @BeforeEach
    void addTherapists() {
        try (var opened = Stores.forCommandLine(data, Optional.empty(),
                StoreConfig.defaults("test").withPinIterations(1_000))) {
            Stores.await(opened.store().createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
            Stores.await(opened.store().createTherapist("Ben", Role.THERAPIST, "2468".toCharArray()));
            var lead = Stores.await(opened.store().createTherapist("Lead", Role.ADMIN, "1357".toCharArray()));
            Stores.await(opened.store().grantDryNeedling("Ana", "Test", Optional.empty(), lead.id()));
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        args = all;
        HoldpointCommand root = new HoldpointCommand(Map.of(), HOME, request -> { });
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SimulateCommand.class
                        ? type.cast(new SimulateCommand(speed -> fakePacer, WALL))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        PrintWriter out = new PrintWriter(printed);
        return HoldpointCommand.commandLine(root, factory, out, out).execute(args);
    }

    @Test
    void theCommandRunsAProtocolByIdAndExitsZeroWhenItCompletes() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--side", "right", "--speed", "60", "--pain-before", "7", "--pain-after", "2");

        assertThat(exit).isZero();
        assertThat(lines().get(0)).isEqualTo("Simulating fixture-needling v1 for client C-042, "
                + "therapist Ana, side right, at 60x speed.");
        assertThat(lines()).anyMatch(l -> l.contains("SESSION_COMPLETED"));
        assertThat(lines()).contains("Pain before: 7.", "Pain after: 2.");
        assertThat(lines()).anyMatch(l -> l.contains("RATED") && l.endsWith("| 7"));
        assertThat(lines()).anyMatch(l -> l.matches("Recorded as session \\d+ \\(completed\\).*"));
        try (var opened = Stores.forCommandLine(data, Optional.empty(), StoreConfig.defaults("test"))) {
            var verified = opened.store().verify();
            assertThat(verified.ok()).isTrue();
            assertThat(verified.sessions()).isEqualTo(1);
            assertThat(verified.events()).isGreaterThan(20);
            var sessions = opened.store().findInterrupted();
            assertThat(sessions).isEmpty();
        }
    }

    @Test
    void theSimulationSpeaksGermanWithLangDe() {
        int exit = run("--lang", "de", "simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--side", "right", "--speed", "60", "--pain-before", "7");

        assertThat(exit).isZero();
        assertThat(lines().get(0)).isEqualTo("Simuliere fixture-needling v1 für Klient/in C-042, "
                + "Therapeut/in Ana, Seite right, mit 60x Geschwindigkeit.");
        assertThat(lines()).contains("Schmerz vorher: 7.", "Schmerz nachher: nicht angegeben.",
                "Abweichungen: keine.");
        assertThat(lines()).anyMatch(l -> l.startsWith("Sitzung abgeschlossen nach "));
        assertThat(lines()).anyMatch(l -> l.matches("Aufgezeichnet als Sitzung \\d+ \\(completed\\).*"));
        assertThat(lines()).anyMatch(l -> l.contains("PHASE_ENDED") && l.contains(" | geplant ")
                && l.contains(", beendet durch ")).noneMatch(l -> l.contains(", ended by ") || l.contains("planned "));
    }

    @Test
    void aRatingDuringTheSessionCanBeGivenApart() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--side", "left", "--pain-before", "7", "--pain-during", "4");

        assertThat(exit).isZero();
        assertThat(lines()).anyMatch(l -> l.contains("RATED") && l.endsWith("| 4"));
        assertThat(lines()).contains("Pain after: not given.");
    }

    @Test
    void aProtocolThatAsksForASideNeedsOne() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--pain-before", "7", "--pain-after", "2");

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString().strip()).isEqualTo(
                "holdpoint: fixture-needling asks for a side: pass --side left, right or both");
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedBeforeAnythingRuns() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--side", "left", "--pain-before", "12", "--pain-after", "2");

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString().strip()).isEqualTo("holdpoint: --pain-before must be from 0 to 10, got 12");
    }

    @Test
    void aRatingTheProtocolAsksForDuringTheSessionIsNeeded() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ana", "--client", "C-042",
                "--side", "left");

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString().strip()).isEqualTo("holdpoint: fixture-needling asks for "
                + "ratings during the session: pass --pain-during N (0-10) or --pain-before N");
    }

    @Test
    void theNeedlingRefusalReadsInGermanWithLangDe() {
        int exit = run("--lang", "de", "simulate", FIXTURE, "--therapist", "Ben", "--client", "C-042",
                "--side", "left", "--pain-before", "7");

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString().strip()).isEqualTo("holdpoint: fixture-needling enthält Dry Needling, das nur"
                + " Therapeut/innen mit gültiger Dry-Needling-Qualifikation durchführen dürfen, und ihr bzw. sein"
                + " Datensatz enthält keine Dry-Needling-Qualifikation. Eine Administratorin oder ein Administrator"
                + " erfasst sie mit: therapist credential Ben --dry-needling [--jurisdiction X]"
                + " [--expires YYYY-MM-DD]");
    }

    @Test
    void aNeedlingProtocolIsRefusedToATherapistWithoutTheCredentialAndNothingIsRecorded() {
        int exit = run("simulate", FIXTURE, "--therapist", "Ben", "--client", "C-042",
                "--side", "left", "--pain-before", "7");

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString().strip()).isEqualTo("holdpoint: fixture-needling has dry needling, which only"
                + " a therapist with a valid dry-needling credential may run, and their record carries no"
                + " dry-needling credential. An administrator records one with: therapist credential Ben"
                + " --dry-needling [--jurisdiction X] [--expires YYYY-MM-DD]");
        try (var opened = Stores.forCommandLine(data, Optional.empty(), StoreConfig.defaults("test"))) {
            assertThat(opened.store().verify().sessions()).isZero();
        }
    }

    @Test
    void anExpiredCredentialIsRefusedWithItsDate() {
        try (var opened = Stores.forCommandLine(data, Optional.empty(),
                StoreConfig.defaults("test").withClock(Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"),
                        ZoneOffset.UTC)))) {
            long lead = opened.store().therapist("Lead").orElseThrow().id();
            Stores.await(opened.store().grantDryNeedling("Ben", "", Optional.of(LocalDate.of(2026, 6, 30)),
                    lead));
        }

        int exit = run("simulate", FIXTURE, "--therapist", "Ben", "--client", "C-042",
                "--side", "left", "--pain-before", "7");

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString()).contains("their dry-needling credential expired on 2026-06-30",
                "therapist credential Ben --dry-needling");
    }
}
