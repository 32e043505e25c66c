package app.holdpoint.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code verify} found: counts of what it checked, the head of the session chain (worth writing down
 * outside the database), the first mismatch when there is one, and every mismatch up to {@link #MAX_FAILURES}
 * (each naming its session when it belongs to one), so an audit list can flag the sessions that fail.
 *
 * @param failures  mismatches in the order found, at most {@link #MAX_FAILURES}
 * @param truncated more mismatches were found than {@code failures} holds
 * @param notices   findings that do not break the chain but deserve a look, in seal order: a session that
 *                  starts before the previous one was sealed ("session 12 starts before session 11 was sealed
 *                  (clock moved back?)"); at most {@link #MAX_FAILURES}
 */
public record VerifyResult(long sessions, long events, long addenda, long protocolVersions, String sessionHead,
                           Optional<String> firstProblem, List<Failure> failures, boolean truncated,
                           List<Failure> notices) {

    /** Enough to flag every session of a tampered page; a bigger breach shows as "and more". */
    public static final int MAX_FAILURES = 1_000;

    /**
     * One mismatch or notice; {@code sessionId} is empty for a protocol text or a chain head. The finding is typed
     * so the command line and the screens can word it in their language; {@link #reason()} is its English.
     */
    public record Failure(OptionalLong sessionId, VerifyFinding finding) {

        /** A finding known only by its English words. */
        public Failure(OptionalLong sessionId, String reason) {
            this(sessionId, VerifyFinding.of(VerifyFinding.Kind.OTHER, reason));
        }

        /** The finding in English, as logs and tests read it. */
        public String reason() {
            return finding.english();
        }
    }

    public VerifyResult {
        failures = List.copyOf(failures);
        notices = List.copyOf(notices);
    }

    public VerifyResult(long sessions, long events, long addenda, long protocolVersions, String sessionHead,
                        Optional<String> firstProblem, List<Failure> failures, boolean truncated) {
        this(sessions, events, addenda, protocolVersions, sessionHead, firstProblem, failures, truncated, List.of());
    }

    /** The notices about one session, in the order found. */
    public List<String> noticesFor(long sessionId) {
        return notices.stream().filter(f -> f.sessionId().isPresent() && f.sessionId().getAsLong() == sessionId)
                .map(Failure::reason).toList();
    }

    public VerifyResult(long sessions, long events, long addenda, long protocolVersions, String sessionHead,
                        Optional<String> firstProblem) {
        this(sessions, events, addenda, protocolVersions, sessionHead, firstProblem,
                firstProblem.map(problem -> List.of(new Failure(OptionalLong.empty(), problem))).orElse(List.of()),
                false);
    }

    public boolean ok() {
        return firstProblem.isEmpty();
    }

    /** Ids of the sessions named by a failure. */
    public Set<Long> failingSessions() {
        return failures.stream().filter(f -> f.sessionId().isPresent()).map(f -> f.sessionId().getAsLong())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The first mismatch, typed; empty when the record verified (or only {@code firstProblem} is known). */
    public Optional<Failure> firstFailure() {
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0));
    }

    /** What fails in one session, typed, in the order found; empty when it verified. */
    public List<VerifyFinding> findingsFor(long sessionId) {
        return failures.stream().filter(f -> f.sessionId().isPresent() && f.sessionId().getAsLong() == sessionId)
                .map(Failure::finding).toList();
    }

    /** What fails in one session, in the order found; empty when it verified. */
    public List<String> reasonsFor(long sessionId) {
        return failures.stream().filter(f -> f.sessionId().isPresent() && f.sessionId().getAsLong() == sessionId)
                .map(Failure::reason).toList();
    }
}
