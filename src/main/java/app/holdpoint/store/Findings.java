package app.holdpoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The mismatches verify finds, in order, bounded: a wholesale edit must not fill the memory with messages.
 *
 * <p>A finding that is still being worked out elsewhere (a batch of signature checks running while the walk reads
 * on) keeps its place with a {@link Slot}: what is filled into it later stands where the slot was reserved, before
 * everything added after that, so the order is the walk's whatever finishes first.
 */
final class Findings {
    private final List<VerifyResult.Failure> failures = new ArrayList<>();
    private final List<Slot> open = new ArrayList<>();
    private boolean truncated;

    /** A reserved place in the order; filled once. */
    final class Slot {
        private int position;

        private Slot(int position) {
            this.position = position;
        }

        /** Puts {@code found} at this slot's place, in their order (within the bound). */
        void fill(List<VerifyResult.Failure> found) {
            if (open.isEmpty() || open.get(0) != this) {
                throw new IllegalStateException("slots are filled once each, in the order they were reserved");
            }
            open.remove(0);
            int room = Math.max(0, VerifyResult.MAX_FAILURES - position);
            List<VerifyResult.Failure> kept = found.size() <= room ? found : found.subList(0, room);
            truncated |= kept.size() < found.size();
            failures.addAll(position, kept);
            // The open slots were all reserved after this one, at or past its place: they stand after its findings.
            open.forEach(later -> later.position += kept.size());
            if (failures.size() > VerifyResult.MAX_FAILURES) {
                failures.subList(VerifyResult.MAX_FAILURES, failures.size()).clear();
                truncated = true;
            }
        }
    }

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

    /**
     * Keeps a place for findings known later. Slots are filled in the order they were reserved (a later slot's
     * place moves along as an earlier one is filled).
     */
    Slot reserve() {
        Slot slot = new Slot(Math.min(failures.size(), VerifyResult.MAX_FAILURES));
        open.add(slot);
        return slot;
    }

    /** Adds {@code later}'s findings after these, in their order (within the same bound). */
    void append(Findings later) {
        later.settled();
        later.failures.forEach(f -> add(f.sessionId(), f.finding()));
        truncated |= later.truncated;
    }

    Optional<String> first() {
        settled();
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0).reason());
    }

    List<VerifyResult.Failure> all() {
        settled();
        return failures;
    }

    boolean truncated() {
        settled();
        return truncated;
    }

    private void settled() {
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " reserved findings were never filled");
        }
    }
}
