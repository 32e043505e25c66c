package app.holdpoint.ui;

import app.holdpoint.io.Bundle;
import java.util.Locale;

/**
 * User-facing text from the resource bundle ({@code messages.properties}, English, and {@code messages_de.properties},
 * German; both UTF-8). A missing key is a programming error: with the system property {@value #STRICT} set to
 * {@code true} (the test runs set it) it throws, so a test that reaches the screen fails; in a clinic it is logged
 * and shows as {@code !key!} rather than taking the screen down mid-session.
 */
public final class Text {
    /** System property that turns a missing key into an exception; Surefire sets it for every test. */
    public static final String STRICT = Bundle.STRICT;

    private final Bundle bundle;

    public Text(Locale locale) {
        this.bundle = new Bundle("app.holdpoint.ui.messages", locale);
    }

    /**
     * @param args values for the pattern's {@code {0}}, {@code {1}}, ... in {@link java.text.MessageFormat} form
     * @throws java.util.MissingResourceException when the key is missing and {@value #STRICT} is {@code true}
     */
    public String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    /** Whether the bundle has the key: for lists whose length is the bundle's (reason chips 1, 2, ...). */
    public boolean has(String key) {
        return bundle.has(key);
    }

    public Locale locale() {
        return bundle.locale();
    }
}
