package app.holdpoint.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text from the resource bundle ({@code messages.properties}, English, and {@code messages_de.properties},
 * German; both UTF-8); a missing key shows as itself rather than failing a screen.
 */
public final class Text {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Text(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English asked for on a German system must stay English (the base
        // bundle), not find messages_de through the default-locale fallback.
        this.bundle = ResourceBundle.getBundle("app.holdpoint.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
