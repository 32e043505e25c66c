package app.holdpoint.store;

import java.util.Locale;

/** What a therapist may do: administrators also manage therapists and open the audit workspace. */
public enum Role {
    THERAPIST, ADMIN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
