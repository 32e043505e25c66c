package app.holdpoint.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text from the resource bundle; a missing key shows as itself rather than failing a screen. */
public final class Text {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Text(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("app.holdpoint.ui.messages", locale);
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
