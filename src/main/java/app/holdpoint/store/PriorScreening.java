package app.holdpoint.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's most recent screening answers, as {@link SessionStore#lastScreening} finds them, to be offered for
 * carry-over.
 *
 * @param answers question id → answer, in the order they were asked (carried-over answers included)
 */
public record PriorScreening(long sessionId, Instant startedAt, Map<String, Boolean> answers) {

    public PriorScreening {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
