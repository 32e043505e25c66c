package app.holdpoint.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store for each test on each backend (the subclass says {@code @ParameterizedClass} over
 * {@link Backend}), holding therapist Ana and administrator Lead, both with {@link Fixtures#PIN}.
 */
abstract class AnaAndLeadCase {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    Database database;
    JdbcSessionStore store;
    Therapist ana;
    Therapist lead;

    @BeforeEach
    void openWithAnaAndLead() {
        database = backend.open(folder);
        store = new JdbcSessionStore(database, Fixtures.config());
        ana = Fixtures.therapist(store, "Ana");
        lead = Stores.await(store.createTherapist("Lead", Role.ADMIN, Fixtures.PIN));
    }

    @AfterEach
    void close() {
        store.close();
    }
}
