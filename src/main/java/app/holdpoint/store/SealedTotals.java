package app.holdpoint.store;

import java.time.Duration;

import app.holdpoint.session.Deviation;
import app.holdpoint.session.SessionReport;

/**
 * Planned-versus-actual totals of a finished session, taken from the engine's {@link SessionReport} at seal time
 * and stored (and sealed) with the session, so audit lists and filters need no event scan.
 *
 * @param deviations deviating phase runs plus session-level deviations (ended early)
 */
public record SealedTotals(long plannedMillis, long actualMillis, int skipped, int shortened, int extended,
                      int capped, int deviations) {

    /**
     * The tolerance the stored counts use: a phase that ends more than this before its planned time counts as
     * shortened. The audit detail may recompute with another.
     */
    public static final Duration TOLERANCE = Duration.ofSeconds(1);

    public static SealedTotals of(SessionReport report) {
        return new SealedTotals(report.totalPlanned().toMillis(), report.totalActual().toMillis(),
                count(report, Deviation.SKIPPED), count(report, Deviation.SHORTENED),
                count(report, Deviation.EXTENDED), count(report, Deviation.CAPPED),
                report.deviatingRows().size() + report.sessionDeviations().size());
    }

    private static int count(SessionReport report, Deviation deviation) {
        return (int) report.rows().stream().filter(row -> row.has(deviation)).count();
    }
}
