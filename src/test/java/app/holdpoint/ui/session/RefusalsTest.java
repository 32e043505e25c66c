package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.Command;
import app.holdpoint.session.CommandResult;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.session.Refusal;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.ui.Text;

/** The engine's real refusals, worded from the bundle with their numbers: never the English reason, never a missing key. */
class RefusalsTest {
    private static final Text TEXT = new Text(Locale.ENGLISH);

    private static SessionEngine engine(FakeTicker ticker) {
        Protocol protocol = SessionFlowFixture.library().byId(SessionFlowFixture.FIXTURE_ID).orElseThrow();
        Map<String, Boolean> answers = protocol.screening().stream()
                .collect(Collectors.toMap(ScreeningQuestion::id, q -> false));
        return new SessionEngine(TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(answers)),
                ticker, Clock.systemUTC());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("skip before the start", (Function<SessionEngine, CommandResult>) SessionEngine::skip,
                        false, "The session has not started."),
                Arguments.of("skip while paused", paused(SessionEngine::skip), false,
                        "Paused: tap the dial to resume first."),
                Arguments.of("pause twice", paused(SessionEngine::pause), false, "Already paused."),
                Arguments.of("resume while running", started(SessionEngine::resume), false,
                        "The session is not paused."),
                Arguments.of("back at the very start", started(SessionEngine::back), false,
                        "Already at the start of the first phase."),
                Arguments.of("extend by nothing", started(e -> e.extend(0)), false,
                        "An extension adds at least 1 second, not 0."),
                Arguments.of("extend by too much", started(e -> e.extend(601)), false,
                        "An extension adds at most 600 seconds, not 601."),
                Arguments.of("confirm a countdown", started(SessionEngine::confirm), false,
                        "This phase ends on its own in 10:00: use Skip to end it early."),
                Arguments.of("release a countdown", started(SessionEngine::markRelease), false,
                        "This phase is not a hold until release."),
                Arguments.of("end early without a reason", started(e -> e.endEarly(" ")), false,
                        "Give a reason for ending early."));
    }

    private static Function<SessionEngine, CommandResult> started(Function<SessionEngine, CommandResult> then) {
        return engine -> {
            engine.start();
            return then.apply(engine);
        };
    }

    private static Function<SessionEngine, CommandResult> paused(Function<SessionEngine, CommandResult> then) {
        return started(engine -> {
            engine.pause();
            return then.apply(engine);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalOfTheEngineIsWordedFromTheBundle(String name, Function<SessionEngine, CommandResult> command,
                                                     boolean accepted, String words) {
        CommandResult result = command.apply(engine(new FakeTicker()));
        assertThat(result.accepted()).isEqualTo(accepted);
        assertThat(RunnerScreen.refusal(result, TEXT)).isEqualTo(words);
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasWordsInEnglishAndGermanThatNameOnlyItsArguments(Refusal refusal) {
        List<String> markers = List.of("<a0>", "<a1>", "<a2>", "<a3>");
        String english = refusal.english(markers);
        int given = 0;
        for (int i = 0; i < markers.size(); i++) {
            if (english.contains(markers.get(i))) {
                given = i + 1;
            }
        }
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Text text = new Text(language);
            assertThat(refusal.key()).startsWith("refused.");
            assertThat(text.get(refusal.key())).as("%s in %s", refusal.key(), language).doesNotStartWith("!");
            String words = text.get(refusal.key(), markers.subList(0, given).toArray());
            // A placeholder past the refusal's own arguments would show as a bare "{2}" on the screen.
            assertThat(words).as("%s in %s", refusal.key(), language).doesNotContain("{", "}");
        }
    }

    @Test
    void theScreenShowsTheNumbersTheRecordKeeps() {
        CommandResult early = CommandResult.refused(Command.MARK_RELEASE, Refusal.RELEASE_TOO_EARLY,
                Duration.ofSeconds(90), Duration.ofMillis(45_700));
        assertThat(early.reason()).isEqualTo("release is allowed from 1:30; held 0:45 so far");
        assertThat(RunnerScreen.refusal(early, TEXT))
                .isEqualTo("Too early to mark release: hold until 1:30 (held 0:45).");
        assertThat(RunnerScreen.refusal(early, new Text(Locale.GERMAN)))
                .isEqualTo("Zu früh für die Lösung: halten bis 1:30 (gehalten 0:45).");
        CommandResult count = CommandResult.refused(Command.CONFIRM, Refusal.NEEDLES_OUT_MISMATCH, 2, 3);
        assertThat(RunnerScreen.refusal(count, TEXT))
                .isEqualTo("2 needle(s) counted out but 3 went in: account for every needle, then confirm 3.");
    }

    @Test
    void refusalsInTheEnginesOwnRecordStayInEnglish() {
        FakeTicker ticker = new FakeTicker();
        SessionEngine engine = engine(ticker);
        engine.start();
        ticker.advance(Duration.ofSeconds(1));
        CommandResult result = engine.confirm();
        assertThat(result.reason()).startsWith("this phase ends on its own in 9:59");
        assertThat(engine.events().get(engine.events().size() - 1).detail()).startsWith("CONFIRM: this phase ends on its own");
    }
}
