package app.holdpoint.audit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The words of the reports a person reads (PDF session report and period summary, filter and integrity lines), from
 * {@code app/holdpoint/audit/reports.properties} (English) and {@code reports_de.properties} (German), both UTF-8.
 * The kiosk passes its own language, the command line the system's. A missing key throws in tests (the system
 * property {@code holdpoint.text.strict}, as for the kiosk's {@code ui.Text}) and shows as {@code !key!} otherwise.
 * CSV column headers are not here: they are names for tools and stay the same in every language.
 */
public final class ReportText {
    /** The reports in English: the tests' and the benchmarks' default. */
    public static final ReportText ENGLISH = new ReportText(Locale.ENGLISH);
    private static final Logger LOG = Logger.getLogger(ReportText.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(Locale locale) {
        this.locale = locale;
        // As ui.Text: English asked for on a German system stays English rather than falling back to reports_de.
        this.bundle = ResourceBundle.getBundle("app.holdpoint.audit.reports", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** German for a German locale (any country), English otherwise. */
    public static ReportText of(Locale locale) {
        return locale.getLanguage().equals(Locale.GERMAN.getLanguage()) ? new ReportText(Locale.GERMAN) : ENGLISH;
    }

    /** @param args values for the pattern's {@code {0}}, {@code {1}}, ... in {@link MessageFormat} form */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean("holdpoint.text.strict")) {
                throw e;
            }
            LOG.warning("no report text for the key " + key + " in " + locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
