package app.holdpoint.store;

import java.util.Objects;

/**
 * The order of an audit list. Each column's order is that column ascending, then newest first within equal
 * values ({@link Column#STARTED}: newest first); {@code reversed} is the exact reverse of that list. So every
 * order is one index read forwards or backwards, which keeps every page of a million sessions as cheap as the
 * first. Only columns that are never empty sort: a keyset over missing values could not seek.
 */
public record AuditSort(Column column, boolean reversed) {

    public enum Column {
        /** Start time, newest first (reversed: oldest first). */
        STARTED,
        /** Therapist name A to Z. */
        THERAPIST,
        /** Protocol id A to Z. */
        PROTOCOL,
        /** Client reference A to Z. */
        CLIENT,
        /** Status word A to Z (completed, ended-early, interrupted, running). */
        STATUS
    }

    public static AuditSort newestFirst() {
        return new AuditSort(Column.STARTED, false);
    }

    public AuditSort {
        Objects.requireNonNull(column, "column");
    }

    public AuditSort reverse() {
        return new AuditSort(column, !reversed);
    }
}
