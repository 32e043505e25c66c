package app.holdpoint.store;

/**
 * Planned-versus-actual totals of a finished session, computed by the engine's report at seal time and stored
 * (and sealed) with the session so audit lists need no event scan.
 *
 * @param deviations every deviation the report found, of any kind (including ended early)
 */
public record Summary(long plannedMillis, long actualMillis, int skipped, int shortened, int extended,
                      int capped, int deviations) {
}
