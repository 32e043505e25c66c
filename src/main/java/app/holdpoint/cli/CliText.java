package app.holdpoint.cli;

import app.holdpoint.io.Bundle;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.store.VerifyFinding;
import java.util.Locale;

/**
 * The lines the command line prints to people (results, notes, the one-line errors of {@link UserError}), from
 * {@code app/holdpoint/cli/cli.properties} (English) and {@code cli_de.properties} (German), both UTF-8. The language
 * is {@code --lang}, else the system's ({@code LANG}/{@code LC_ALL} through {@link Locale#getDefault()}): German for
 * any German locale, English otherwise. The option help ({@code --help}) is picocli's, in the same language from
 * its own bundle ({@link HelpText}). A missing key throws in tests
 * (the system property {@code holdpoint.text.strict}, as for the kiosk's {@code ui.Text}) and prints as
 * {@code !key!} otherwise.
 */
final class CliText {
    static final CliText ENGLISH = new CliText(Locale.ENGLISH);

    private final Bundle bundle;

    private CliText(Locale locale) {
        this.bundle = new Bundle("app.holdpoint.cli.cli", locale);
    }

    static CliText of(Locale locale) {
        return locale.getLanguage().equals(Locale.GERMAN.getLanguage()) ? new CliText(Locale.GERMAN) : ENGLISH;
    }

    /** @param args values for the pattern's {@code {0}}, {@code {1}}, ... ({@link java.text.MessageFormat}; pass ids as text) */
    String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    /**
     * A store failure in this language: a known {@link StoreProblem} from {@code store.problem.NAME} with its
     * arguments, else the store's own (English) message.
     */
    String problem(StoreException failure) {
        return failure.problem().map(problem -> get("store.problem." + problem.name(),
                failure.arguments().toArray())).orElse(failure.getMessage());
    }

    /** A verify finding in this language, from {@code verify.finding.KIND} (see {@link VerifyFinding#worded}). */
    String finding(VerifyFinding finding) {
        return finding.worded(this::get);
    }

    Locale locale() {
        return bundle.locale();
    }
}
