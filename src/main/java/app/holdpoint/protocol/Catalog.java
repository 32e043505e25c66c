package app.holdpoint.protocol;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The shared data protocols refer to: muscles, screening question sets and home-care advice. */
public record Catalog(Map<String, Muscle> muscles, Map<String, ScreeningSet> screeningSets,
                      Map<String, HomeCareAdvice> advice) {

    public static final Catalog EMPTY = new Catalog(Map.of(), Map.of(), Map.of());

    public Catalog {
        muscles = Map.copyOf(muscles);
        screeningSets = Map.copyOf(screeningSets);
        advice = Map.copyOf(advice);
    }

    public Optional<Muscle> muscle(String id) {
        return Optional.ofNullable(muscles.get(id));
    }

    /** Muscles sorted by id, for listings. */
    public Map<String, Muscle> musclesById() {
        return new TreeMap<>(muscles);
    }
}
