package app.holdpoint.audit;

import app.holdpoint.io.Bundle;
import java.util.Locale;

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

    private final Bundle bundle;

    private ReportText(Locale locale) {
        this.bundle = new Bundle("app.holdpoint.audit.reports", locale);
    }

    /** German for a German locale (any country), English otherwise. */
    public static ReportText of(Locale locale) {
        return locale.getLanguage().equals(Locale.GERMAN.getLanguage()) ? new ReportText(Locale.GERMAN) : ENGLISH;
    }

    /** @param args values for the pattern's {@code {0}}, {@code {1}}, ... in {@link java.text.MessageFormat} form */
    public String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    public Locale locale() {
        return bundle.locale();
    }
}
