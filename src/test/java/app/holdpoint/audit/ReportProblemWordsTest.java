package app.holdpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.load.Problem;

/** A stored protocol text that no longer reads names the loader's problem in the report's language. */
class ReportProblemWordsTest {
    @Test
    void theLoadersProblemIsWordedInTheReportsLanguage() {
        Problem unknown = new Problem("a.yaml", 9, 15, Problem.Severity.ERROR, "muscle.unknown",
                List.of("no-such-muscle", "", ""));
        SessionDetail.ReportProblem problem = new SessionDetail.ReportProblem(
                SessionDetail.ReportProblem.Kind.PROTOCOL_DOES_NOT_READ, unknown.toString(), Optional.of(unknown));
        ReportText german = ReportText.of(Locale.GERMAN);
        assertThat(problem.in(german)).isEqualTo(german.get("detail.protocolDoesNotRead",
                "a.yaml:9:15: unbekannter Muskel „no-such-muscle“"));
        assertThat(problem.in(ReportText.ENGLISH)).isEqualTo(ReportText.ENGLISH.get("detail.protocolDoesNotRead",
                "a.yaml:9:15: unknown muscle 'no-such-muscle'"));
    }
}
