package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.FailureText;

/**
 * Each store problem has words in both languages of the command line and the kiosk, with its arguments in place; the
 * English of both bundles is the store's own sentence, so a message reads the same whoever words it.
 */
class StoreProblemWordsTest {

    private static StoreException failure(StoreProblem problem) {
        return new StoreException(problem, IntStream.range(0, problem.argumentCount()).mapToObj(i -> "/arg" + i).toArray());
    }

    @ParameterizedTest
    @EnumSource(StoreProblem.class)
    void theEnglishWordsAreTheStoresSentence(StoreProblem problem) {
        StoreException failure = failure(problem);
        assertThat(failure.problem()).contains(problem);
        assertThat(CliText.ENGLISH.problem(failure)).isEqualTo(failure.getMessage());
        assertThat(FailureText.reason(failure, new Text(Locale.ENGLISH))).isEqualTo(failure.getMessage());
    }

    @ParameterizedTest
    @EnumSource(StoreProblem.class)
    void theGermanWordsCarryEveryArgument(StoreProblem problem) {
        StoreException failure = failure(problem);
        String cli = CliText.of(Locale.GERMAN).problem(failure);
        String kiosk = FailureText.reason(failure, new Text(Locale.GERMAN));
        for (String argument : failure.arguments()) {
            assertThat(cli).contains(argument);
            assertThat(kiosk).contains(argument);
        }
        assertThat(cli).isNotEqualTo(failure.getMessage()).doesNotContain("nothing was", "the record");
        assertThat(kiosk).isNotEqualTo(failure.getMessage()).doesNotContain("nothing was", "the record");
    }
}
