package app.holdpoint.store.replication;

/**
 * The central record already holds something else under this kiosk's key: a different copy of one of its
 * sessions (its local chain was rewritten, or another kiosk replicates under the same name). Copying stops at
 * that session until someone looks; nothing is overwritten on either side.
 */
final class Conflict extends Exception {
    Conflict(String message) {
        super(message);
    }
}
