package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import app.holdpoint.session.SessionEvent;

/**
 * A separate JVM for crash tests: runs a session through the real store and prints a line after each commit,
 * or stops inside a migration; the test kills it at a chosen point. Modes:
 * {@code session FOLDER} and {@code migrate FOLDER}; {@code sync FOLDER} and {@code nosync FOLDER} append
 * {@link #SYNC_EVENTS} events, printing {@code ACK n} after each acknowledgement, then exit (for tracing the
 * system calls between a write and its acknowledgement; {@code nosync} leaves out the sync, as a control);
 * {@code open FOLDER} opens the record as the kiosk does, prints {@code OPENED}, closes it and exits (for the
 * classes a start loads).
 */
public final class CrashChild {
    private CrashChild() {
    }

    static final int SYNC_EVENTS = 12;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[1]);
        if (args[0].equals("sync") || args[0].equals("nosync")) {
            acknowledge(folder, args[0].equals("sync"));
            return;
        }
        if (args[0].equals("migrate")) {
            System.setProperty("holdpoint.test.blockInMigration", "true");
            Database.open(folder, Optional.empty(), List.of("classpath:app/holdpoint/store/testmigration"));
            return;
        }
        if (args[0].equals("open")) {
            try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
                System.out.println("OPENED rollback problem: " + opened.rollbackProblem().isPresent());
                System.out.flush();
            }
            return;
        }
        Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config());
        SessionStore store = opened.store();
        Therapist ana = store.therapist("Ana").orElseGet(() -> Fixtures.therapist(store, "Ana"));
        long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-crash")));
        System.out.println("BEGUN " + id);
        System.out.flush();
        for (SessionEvent event : Fixtures.events(500)) {
            Stores.await(store.append(id, event));
            System.out.println("COMMITTED " + event.sequence());
            System.out.flush();
        }
        while (System.in.read() >= 0) {
            // Holds the kiosk lock until killed.
        }
    }

    private static void acknowledge(Path folder, boolean sync) {
        Database database = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config(), KioskKey.ephemeral(),
                sync ? Writer.Durability.H2_SYNC : Writer.Durability.COMMIT_ONLY)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-sync")));
            System.out.println("BEGUN " + id);
            System.out.flush();
            for (SessionEvent event : Fixtures.events(SYNC_EVENTS).subList(0, SYNC_EVENTS)) {
                Stores.await(store.append(id, event));
                System.out.println("ACK " + event.sequence());
                System.out.flush();
            }
        }
    }
}
