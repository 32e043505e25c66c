package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import app.holdpoint.session.SessionEvent;

/**
 * A separate JVM for crash tests: runs a session through the real store and prints a line after each commit,
 * or stops inside a migration; the test kills it at a chosen point. Modes:
 * {@code session FOLDER} and {@code migrate FOLDER}.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[1]);
        if (args[0].equals("migrate")) {
            System.setProperty("holdpoint.test.blockInMigration", "true");
            Database.open(folder, Optional.empty(), List.of("classpath:app/holdpoint/store/testmigration"));
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
}
