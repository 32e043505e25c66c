package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.Timing;

/** Every step kind: what the reader makes of it, and the phases it expands to. */
class StepParsingTest {

    private static Protocol load(String steps) {
        ProtocolReader.Result result = new ProtocolReader(TestCatalog.catalog())
                .read("test.yaml", TestCatalog.protocolWithSteps(steps).getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.protocol().orElseThrow();
    }

    private static List<PhaseKind> kinds(Timeline timeline) {
        return timeline.phases().stream().map(Phase::kind).toList();
    }

    @Test
    void fixedHoldIsOnePressCountdown() {
        Protocol protocol = load("""
                  - hold:
                      muscle: upper-trapezius
                      side: left
                      duration: 90s [S2]
                      cue: Threshold pressure.
                """);
        Step.Hold hold = (Step.Hold) protocol.steps().get(0);
        assertThat(hold.duration()).contains(Duration.ofSeconds(90));
        assertThat(hold.label()).isEqualTo("Upper trapezius");
        Timeline timeline = TimelineExpander.expand(protocol);
        assertThat(kinds(timeline)).containsExactly(PhaseKind.PRESS);
        assertThat(timeline.phase(0).timing()).isEqualTo(new Timing.Fixed(Duration.ofSeconds(90)));
        assertThat(timeline.phase(0).side()).contains(Side.LEFT);
        assertThat(timeline.phase(0).cue()).isEqualTo("Threshold pressure.");
    }

    @Test
    void holdUntilReleaseKeepsItsWindow() {
        Protocol protocol = load("""
                  - hold:
                      muscle: upper-trapezius
                      side: right
                      until-release:
                        min: 30s [S3]
                        warn: 50s [DEFAULT]
                        max: 60s [S3]
                """);
        Timeline timeline = TimelineExpander.expand(protocol);
        assertThat(timeline.phase(0).timing()).isEqualTo(new Timing.UntilRelease(
                Duration.ofSeconds(30), Duration.ofSeconds(50), Duration.ofSeconds(60)));
        assertThat(timeline.totalPlanned()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void compressionRelaxesOnlyBetweenPresses() {
        Protocol protocol = load("""
                  - compression:
                      muscle: upper-trapezius
                      side: left
                      press: 90s [S2]
                      relax: 30s [DEFAULT]
                      cycles: 3 [DEFAULT]
                """);
        Timeline timeline = TimelineExpander.expand(protocol);
        assertThat(kinds(timeline)).containsExactly(PhaseKind.PRESS, PhaseKind.RELAX, PhaseKind.PRESS,
                PhaseKind.RELAX, PhaseKind.PRESS);
        assertThat(timeline.phases()).extracting(Phase::cycle).containsExactly(1, 1, 2, 2, 3);
        assertThat(timeline.totalPlanned()).isEqualTo(Duration.ofSeconds(3 * 90 + 2 * 30));
    }

    @Test
    void relaxIsARestCountdown() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - relax:
                      duration: 45s [DEFAULT]
                """));
        assertThat(kinds(timeline)).containsExactly(PhaseKind.RELAX);
        assertThat(timeline.phase(0).label()).isEqualTo("Rest");
    }

    @Test
    void sprayStretchConfirmsEachSprayThenStretchesThenRewarms() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - spray-stretch:
                      muscle: upper-trapezius
                      side: left
                      sweeps: Two sweeps from the attachment through the referral zone.
                      stretch: 30s [S67]
                      cycles: 2 [S18]
                      rewarm: 10m [S18]
                """));
        assertThat(kinds(timeline)).containsExactly(PhaseKind.SPRAY, PhaseKind.STRETCH, PhaseKind.SPRAY,
                PhaseKind.STRETCH, PhaseKind.REWARM);
        assertThat(timeline.phase(0).timing()).isEqualTo(new Timing.UntilConfirmed(Optional.empty()));
        assertThat(timeline.phase(0).cue()).startsWith("Two sweeps");
        assertThat(timeline.phase(4).timing()).isEqualTo(new Timing.Fixed(Duration.ofMinutes(10)));
    }

    @Test
    void postIsometricStretchContractsAndRelaxesBeforeEachHold() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - stretch:
                      muscle: piriformis
                      side: left
                      hold: 30s [S67]
                      repeat: 2 [DEFAULT]
                      post-isometric:
                        contract: 7s [DEFAULT]
                        relax: 5s [DEFAULT]
                        cycles: 2 [DEFAULT]
                """));
        assertThat(kinds(timeline)).containsExactly(
                PhaseKind.CONTRACT, PhaseKind.RELAX, PhaseKind.CONTRACT, PhaseKind.RELAX, PhaseKind.STRETCH,
                PhaseKind.CONTRACT, PhaseKind.RELAX, PhaseKind.CONTRACT, PhaseKind.RELAX, PhaseKind.STRETCH);
    }

    @Test
    void plainStretchDefaultsToOneRepetition() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - stretch:
                      muscle: piriformis
                      side: left
                      hold: 30s [S67]
                """));
        assertThat(kinds(timeline)).containsExactly(PhaseKind.STRETCH);
    }

    @Test
    void needlingCountsNeedlesInAndOut() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - needling:
                      muscle: upper-trapezius
                      side: left
                      technique: deep
                      needles: 3 [DEFAULT]
                      retention: 5m [S32]
                      haemostasis: 60s [S33]
                """));
        assertThat(kinds(timeline)).containsExactly(PhaseKind.NEEDLE, PhaseKind.RETAIN, PhaseKind.NEEDLES_OUT,
                PhaseKind.HAEMOSTASIS);
        assertThat(timeline.phase(0).expectedCount()).isEqualTo(3);
        assertThat(timeline.phase(2).expectedCount()).isEqualTo(3);
        assertThat(timeline.phase(2).cue()).contains("3");
    }

    @Test
    void instructIsConfirmedTimedOrBoth() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - instruct: {label: Position, cue: Prone with a pillow.}
                  - instruct: {label: Moist heat, cue: Hot pack., duration: "10m [DEFAULT]", confirm: no}
                  - instruct: {label: Heat then check, cue: Check the skin., duration: "1m [DEFAULT]"}
                """));
        assertThat(timeline.phases()).extracting(Phase::timing).containsExactly(
                new Timing.UntilConfirmed(Optional.empty()),
                new Timing.Fixed(Duration.ofMinutes(10)),
                new Timing.UntilConfirmed(Optional.of(Duration.ofMinutes(1))));
    }

    @Test
    void rateWaitsForARatingDuringTheSession() {
        Protocol protocol = load("""
                  - rate: {moment: during}
                  - rate: {label: Pain on rotation}
                """);
        Timeline timeline = TimelineExpander.expand(protocol);
        assertThat(kinds(timeline)).containsExactly(PhaseKind.RATE, PhaseKind.RATE);
        assertThat(timeline.phases()).extracting(Phase::label)
                .containsExactly("Pain during treatment", "Pain on rotation");
    }

    @Test
    void homeCareCarriesTheCatalogText() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - home-care: {advice: self-massage}
                """));
        assertThat(timeline.phase(0).kind()).isEqualTo(PhaseKind.HOME_CARE);
        assertThat(timeline.phase(0).cue()).isEqualTo("Press 30-90 s.");
        assertThat(timeline.phase(0).label()).isEqualTo("Self-massage");
    }

    @Test
    void bothSidesRunLeftThenRight() {
        Timeline timeline = TimelineExpander.expand(load("""
                  - hold: {muscle: upper-trapezius, side: both, duration: "60s [S2]"}
                """));
        assertThat(timeline.phases()).extracting(Phase::side)
                .containsExactly(Optional.of(Side.LEFT), Optional.of(Side.RIGHT));
    }

    @Test
    void askTakesTheChosenSideAndBothMeansLeftThenRight() {
        Protocol protocol = load("""
                  - hold: {muscle: upper-trapezius, side: ask, duration: "60s [S2]"}
                """);
        assertThat(protocol.asksSide()).isTrue();
        assertThat(TimelineExpander.expand(protocol).phase(0).side()).contains(Side.ASK);
        assertThat(TimelineExpander.expand(protocol, Optional.of(Side.RIGHT)).phases()).extracting(Phase::side)
                .containsExactly(Optional.of(Side.RIGHT));
        assertThat(TimelineExpander.expand(protocol, Optional.of(Side.BOTH)).size()).isEqualTo(2);
    }

    @Test
    void gatedStepIsLeftOutWhenTheAnswersDoNotMeetIt() {
        Protocol protocol = load("""
                  - spray-stretch:
                      muscle: upper-trapezius
                      side: left
                      sweeps: Sweeps.
                      stretch: 30s [S67]
                      cycles: 1 [S18]
                      only-if: {cold-intolerance: no}
                  - hold: {muscle: upper-trapezius, side: left, duration: "60s [S2]"}
                """);
        assertThat(protocol.gate(0).requiredAnswers()).isEqualTo(Map.of("cold-intolerance", false));
        assertThat(TimelineExpander.expand(protocol, Optional.empty(), Optional.of(Map.of("cold-intolerance", true))))
                .extracting(t -> kinds(t)).isEqualTo(List.of(PhaseKind.PRESS));
        assertThat(TimelineExpander.expand(protocol, Optional.empty(), Optional.of(Map.of("cold-intolerance", false))))
                .extracting(t -> kinds(t)).isEqualTo(List.of(PhaseKind.SPRAY, PhaseKind.STRETCH, PhaseKind.PRESS));
        assertThat(kinds(TimelineExpander.expand(protocol))).hasSize(3);
    }

    @Test
    void numbersKeepTheirSourcesAndStepSourcesCoverUntaggedOnes() {
        Protocol protocol = load("""
                  - compression:
                      muscle: upper-trapezius
                      side: left
                      source: [S2, S3]
                      press: 90s
                      relax: 30s [DEFAULT]
                      cycles: 2 [S7, S8]
                """);
        assertThat(protocol.citations()).extracting(c -> c.field() + "=" + c.value() + " " + c.sources()
                        + (c.isDefault() ? " default" : ""))
                .containsExactly("steps[0].compression.press=90s [S2, S3]",
                        "steps[0].compression.relax=30s [] default",
                        "steps[0].compression.cycles=2 [S7, S8]");
    }

    @Test
    void protocolKeepsItsHeaderScreeningAndExactText() {
        Protocol protocol = load("""
                  - relax: {duration: "30s [DEFAULT]"}
                """);
        assertThat(protocol.id()).isEqualTo("test-protocol");
        assertThat(protocol.version()).isEqualTo(2);
        assertThat(protocol.consentRequired()).isTrue();
        assertThat(protocol.screening()).extracting(q -> q.id()).containsExactly("fever", "cold-intolerance");
        assertThat(protocol.screening().get(0).stops(true)).isTrue();
        assertThat(protocol.screening().get(1).stops(true)).isFalse();
        assertThat(protocol.text()).startsWith("id: test-protocol");
        assertThat(protocol.sha256()).hasSize(64).isEqualTo(Sha256.hex(protocol.text()));
    }
}
