package app.holdpoint.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The lines the command line prints to people (results, notes, the one-line errors of {@link UserError}), from
 * {@code app/holdpoint/cli/cli.properties} (English) and {@code cli_de.properties} (German), both UTF-8. The language
 * is {@code --lang}, else the system's ({@code LANG}/{@code LC_ALL} through {@link Locale#getDefault()}): German for
 * any German locale, English otherwise. Option help ({@code --help}) stays English. A missing key throws in tests
 * (the system property {@code holdpoint.text.strict}, as for the kiosk's {@code ui.Text}) and prints as
 * {@code !key!} otherwise.
 */
final class CliText {
    static final CliText ENGLISH = new CliText(Locale.ENGLISH);
    private static final Logger LOG = Logger.getLogger(CliText.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliText(Locale locale) {
        this.locale = locale;
        // As ui.Text: English asked for on a German system stays English rather than falling back to cli_de.
        this.bundle = ResourceBundle.getBundle("app.holdpoint.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliText of(Locale locale) {
        return locale.getLanguage().equals(Locale.GERMAN.getLanguage()) ? new CliText(Locale.GERMAN) : ENGLISH;
    }

    /** @param args values for the pattern's {@code {0}}, {@code {1}}, ... ({@link MessageFormat}; pass ids as text) */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean("holdpoint.text.strict")) {
                throw e;
            }
            LOG.warning("no command-line text for the key " + key + " in " + locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
