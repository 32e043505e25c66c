package app.holdpoint.protocol.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one. */
public final class DidYouMean {
    private DidYouMean() {
    }

    static Optional<String> closest(String word, Collection<String> known) {
        return known.stream()
                .filter(candidate -> distance(word, candidate) <= Math.max(2, candidate.length() / 3))
                .min(Comparator.comparingInt(candidate -> distance(word, candidate)));
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** {@link #hint} in German for a German locale, else in English. */
    public static String hint(String word, Collection<String> known, Locale locale) {
        return closest(word, known).map(c -> ProblemText.of(locale).format(ProblemKey.HINT_DID_YOU_MEAN.key(),
                List.of(c))).orElse("");
    }

    /** {@link #hint} as words of the reader's language: {@link Problem.Words}, or "" when no word is close. */
    static Object words(String word, Collection<String> known) {
        return closest(word, known).<Object>map(c -> ProblemKey.HINT_DID_YOU_MEAN.words(c)).orElse("");
    }

    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
