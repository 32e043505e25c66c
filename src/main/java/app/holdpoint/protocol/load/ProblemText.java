package app.holdpoint.protocol.load;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import app.holdpoint.io.Bundle;

/**
 * Words a {@link Problem} in English or German from {@code app/holdpoint/protocol/load/problems*.properties}. Every
 * pattern goes through {@link MessageFormat}, with or without arguments, so a quote is always written {@code ''}
 * (io.Bundle hands a pattern without arguments back as written). A missing key throws under {@link Bundle#STRICT}
 * (the tests) and shows as {@code !key!} otherwise, as the other bundles do.
 */
public final class ProblemText {
    static final String BUNDLE = "app.holdpoint.protocol.load.problems";
    private static final Logger LOG = Logger.getLogger(ProblemText.class.getName());
    private static final ProblemText ENGLISH = new ProblemText(Locale.ENGLISH);
    private static final ProblemText GERMAN = new ProblemText(Locale.GERMAN);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemText(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English asked for on a German system stays English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** German for any German locale, English otherwise. */
    public static ProblemText of(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.GERMAN.getLanguage()) ? GERMAN : ENGLISH;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The pattern of {@code key} with its arguments; {@link Problem.Words} among them are worded here too. */
    String format(String key, List<Object> arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean(Bundle.STRICT)) {
                throw e;
            }
            LOG.warning("no text for the key " + key + " in " + BUNDLE + ", " + locale);
            return "!" + key + "!";
        }
        // Numbers arrive as text, so 1000000 is not written 1,000,000 (or 1.000.000) and stays as in the file.
        Object[] worded = arguments.stream()
                .map(argument -> argument instanceof Problem.Words words ? format(words.key(), words.arguments())
                        : String.valueOf(argument))
                .toArray();
        return new MessageFormat(pattern, locale).format(worded);
    }
}
