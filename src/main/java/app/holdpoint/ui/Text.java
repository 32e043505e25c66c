package app.holdpoint.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * User-facing text from the resource bundle ({@code messages.properties}, English, and {@code messages_de.properties},
 * German; both UTF-8). A missing key is a programming error: with the system property {@value #STRICT} set to
 * {@code true} (the test runs set it) it throws, so a test that reaches the screen fails; in a clinic it is logged
 * and shows as {@code !key!} rather than taking the screen down mid-session.
 */
public final class Text {
    /** System property that turns a missing key into an exception; Surefire sets it for every test. */
    public static final String STRICT = "holdpoint.text.strict";
    private static final Logger LOG = Logger.getLogger(Text.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;

    public Text(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English asked for on a German system must stay English (the base
        // bundle), not find messages_de through the default-locale fallback.
        this.bundle = ResourceBundle.getBundle("app.holdpoint.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param args values for the pattern's {@code {0}}, {@code {1}}, ... in {@link MessageFormat} form
     * @throws MissingResourceException when the key is missing and {@value #STRICT} is {@code true}
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (Boolean.getBoolean(STRICT)) {
                throw e;
            }
            LOG.warning("no text for the key " + key + " in " + locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has the key: for lists whose length is the bundle's (reason chips 1, 2, ...). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }
}
