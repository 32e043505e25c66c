package app.holdpoint.store;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Sessions of a period summed up per therapist, per protocol and per week or month, as the audit summaries and
 * the period summary PDF show them. Computed by SQL aggregates ({@link SessionStore#summarize}).
 *
 * @param filter      which sessions were counted
 * @param tolerance   how much shorter than planned a phase may end before it counts as shortened (a deviation)
 * @param zone        the time zone that decides which day, week and month a session belongs to
 * @param granularity the size of the {@link #series} buckets, chosen by the period's length
 * @param total       every matching session
 * @param byTherapist one group per therapist with a matching session, by name
 * @param byProtocol  one group per protocol id with a matching session, by id
 * @param series      consecutive buckets from the first to the last (empty ones included), oldest first; empty
 *                    when no session matched
 */
public record PeriodSummary(AuditFilter filter, Duration tolerance, ZoneId zone, Granularity granularity,
                            Counts total, List<Group> byTherapist, List<Group> byProtocol, List<Bucket> series) {

    public PeriodSummary {
        byTherapist = List.copyOf(byTherapist);
        byProtocol = List.copyOf(byProtocol);
        series = List.copyOf(series);
    }

    /** Periods up to this many days are charted per week, longer ones per month. */
    public static final int WEEKLY_UP_TO_DAYS = 183;

    public enum Granularity { WEEK, MONTH }

    /** The first and last day of the series, when any session matched. */
    public Optional<LocalDate> firstDay() {
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(0).start());
    }

    /**
     * Additive counts of a set of sessions; rates and means derive from them.
     *
     * @param sessions      sessions of any status
     * @param completed     sessions completed
     * @param sealed        sessions sealed (completed, ended early, or closed as interrupted): only these have a
     *                      deviation report
     * @param deviating     sealed sessions with a deviation at the tolerance (skipped, shortened, extended, capped,
     *                      repeated phase, or ended early)
     * @param shortened     sealed sessions with at least one phase shortened at the tolerance
     * @param painPairs     sessions with both a pain rating before and after
     * @param painChangeSum the sum of (after − before) over those sessions
     */
    public record Counts(long sessions, long completed, long sealed, long deviating, long shortened, long painPairs,
                         long painChangeSum) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(sessions + other.sessions, completed + other.completed, sealed + other.sealed,
                    deviating + other.deviating, shortened + other.shortened, painPairs + other.painPairs,
                    painChangeSum + other.painChangeSum);
        }

        /** Completed among all sessions; empty when there are none. */
        public OptionalDouble completionRate() {
            return sessions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completed / sessions);
        }

        /** Deviating among sealed sessions (open ones have no report yet); empty when none is sealed. */
        public OptionalDouble deviationRate() {
            return sealed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) deviating / sealed);
        }

        /** Mean of (pain after − pain before) over {@link #painPairs} sessions; negative is better. */
        public OptionalDouble meanPainChange() {
            return painPairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) painChangeSum / painPairs);
        }
    }

    /** A therapist's or a protocol's sessions. */
    public record Group(String name, Counts counts) {
    }

    /** Sessions started in the week (from Monday) or month beginning on {@code start}, in the summary's zone. */
    public record Bucket(LocalDate start, Counts counts) {
    }
}
