package app.holdpoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The mismatches verify finds, in order, bounded: a wholesale edit must not fill the memory with messages. */
final class Findings {
    private final List<VerifyResult.Failure> failures = new ArrayList<>();
    private boolean truncated;

    void session(long sessionId, String reason) {
        add(OptionalLong.of(sessionId), reason);
    }

    void general(String reason) {
        add(OptionalLong.empty(), reason);
    }

    private void add(OptionalLong sessionId, String reason) {
        if (failures.size() < VerifyResult.MAX_FAILURES) {
            failures.add(new VerifyResult.Failure(sessionId, reason));
        } else {
            truncated = true;
        }
    }

    /** Adds {@code later}'s findings after these, in their order (within the same bound). */
    void append(Findings later) {
        later.failures.forEach(f -> add(f.sessionId(), f.reason()));
        truncated |= later.truncated;
    }

    Optional<String> first() {
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0).reason());
    }

    List<VerifyResult.Failure> all() {
        return failures;
    }

    boolean truncated() {
        return truncated;
    }
}
