package app.holdpoint.protocol;

import java.util.List;

/**
 * Where a number in a protocol file comes from: source keys of the clinical reference ({@code S2}), or marked
 * as an editable default. A number with neither is reported as a warning.
 *
 * @param field where it stands, e.g. {@code steps[3].press}
 * @param value the number as written, e.g. {@code 90s}
 */
public record Citation(int line, String field, String value, List<String> sources, boolean isDefault) {

    public Citation {
        sources = List.copyOf(sources);
    }

    public boolean isUnsourced() {
        return sources.isEmpty() && !isDefault;
    }
}
