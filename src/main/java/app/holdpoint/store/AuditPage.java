package app.holdpoint.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of an audit list, in the order asked for, and where the next page starts. Keyset paging: the next page is
 * "older than the last row shown", so page 50 000 costs what page 1 costs.
 */
public record AuditPage(List<AuditRow> rows, Optional<Key> next) {

    public AuditPage {
        rows = List.copyOf(rows);
    }

    /**
     * The position after which the next page starts.
     *
     * @param lead the value of the sorted column at that position (therapist name, protocol id, client
     *             reference or status word), "" when sorted by start time
     */
    public record Key(Instant startedAt, long id, String lead) {
        public Key(Instant startedAt, long id) {
            this(startedAt, id, "");
        }
    }
}
