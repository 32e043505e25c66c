package app.holdpoint.store;

/**
 * A write refused because the disk that holds the record is full: nothing of it was written, and the same
 * write can succeed once space is freed. The kiosk says "disk full" and what to free instead of a database error.
 */
public final class DiskFull extends StoreException {
    DiskFull(Throwable cause) {
        super(cause, StoreProblem.DISK_FULL);
    }
}
