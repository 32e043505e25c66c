package app.holdpoint.store;

import java.util.Optional;

/**
 * What {@code verify} found: counts of what it checked, the head of the session chain (worth writing down
 * outside the database), and the first mismatch when there is one.
 */
public record VerifyResult(long sessions, long events, long addenda, long protocolVersions, String sessionHead,
                           Optional<String> firstProblem) {

    public boolean ok() {
        return firstProblem.isEmpty();
    }
}
