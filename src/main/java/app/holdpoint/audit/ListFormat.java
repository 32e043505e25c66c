package app.holdpoint.audit;

import java.util.Locale;
import java.util.Optional;

/** The ways an audit list can be written: for a person, for a spreadsheet, for a program. */
public enum ListFormat {
    TABLE, CSV, JSON;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ListFormat> parse(String word) {
        for (ListFormat format : values()) {
            if (format.word().equals(word)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
