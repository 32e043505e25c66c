package app.holdpoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The mismatches verify finds, in order, bounded: a wholesale edit must not fill the memory with messages. */
final class Findings {
    private final List<VerifyResult.Failure> failures = new ArrayList<>();
    private boolean truncated;

    void session(long sessionId, VerifyFinding.Kind kind, Object... args) {
        add(OptionalLong.of(sessionId), VerifyFinding.of(kind, args));
    }

    void general(VerifyFinding.Kind kind, Object... args) {
        add(OptionalLong.empty(), VerifyFinding.of(kind, args));
    }

    void general(VerifyFinding finding) {
        add(OptionalLong.empty(), finding);
    }

    void add(OptionalLong sessionId, VerifyFinding finding) {
        if (failures.size() < VerifyResult.MAX_FAILURES) {
            failures.add(new VerifyResult.Failure(sessionId, finding));
        } else {
            truncated = true;
        }
    }

    /** Adds {@code later}'s findings after these, in their order (within the same bound). */
    void append(Findings later) {
        later.failures.forEach(f -> add(f.sessionId(), f.finding()));
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
