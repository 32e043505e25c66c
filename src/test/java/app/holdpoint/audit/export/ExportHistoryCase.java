package app.holdpoint.audit.export;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import app.holdpoint.store.Backend;

/**
 * What the export tests share: each runs once per backend (the subclass says {@code @ParameterizedClass} over
 * {@link Backend}) on a record of generated sessions that its {@code @BeforeParameterizedClassInvocation} opens
 * with {@link #open}; the record is closed after the backend's run, and {@code out} is a fresh folder per test.
 */
abstract class ExportHistoryCase {
    @Parameter
    Backend backend;

    @TempDir
    static Path data;
    @TempDir
    Path out;
    static ExportHistory history;

    /** The record for this backend, with {@code sessions} generated sessions. */
    static void open(Backend kind, int sessions) {
        history = new ExportHistory(kind, data, sessions);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        history.close();
    }
}
