package app.holdpoint.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * One UTF-8 properties bundle in one language, the lookup behind the kiosk's, the reports' and the command line's
 * words. No fallback to the JVM's default locale: English asked for on a German system stays English (the base
 * bundle) rather than finding the German file through the default-locale fallback. A missing key is a programming
 * error: with the system property {@value #STRICT} set to {@code true} (the test runs set it) it throws, so a test
 * that reaches it fails; in a clinic it is logged and shows as {@code !key!} rather than stopping the work.
 */
public final class Bundle {
    /** System property that turns a missing key into an exception; Surefire sets it for every test. */
    public static final String STRICT = "holdpoint.text.strict";
    private static final Logger LOG = Logger.getLogger(Bundle.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param baseName the bundle's class-path name, e.g. {@code app.holdpoint.ui.messages}
     * @throws MissingResourceException when the base bundle itself is missing
     */
    public Bundle(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale,
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
            LOG.warning("no text for the key " + key + " in " + bundle.getBaseBundleName() + ", " + locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }
}
