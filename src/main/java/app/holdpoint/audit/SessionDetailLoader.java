package app.holdpoint.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.load.ProtocolReader;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.AuditReader;
import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.store.SessionRecord;

/**
 * Loads {@link SessionDetail}s at one tolerance, reading each stored protocol text once: an export of thousands
 * of sessions runs a handful of protocol versions. Not thread-safe; reads the database (never on the EDT).
 */
public final class SessionDetailLoader {
    private final AuditReader store;
    private final Catalog catalog;
    private final Duration tolerance;
    private final Map<Long, Read> protocols = new HashMap<>();

    private record Read(ProtocolVersion version, ProtocolReader.Result result) {
    }

    /** @param tolerance how far below plan a phase may end before the {@link SessionReport} calls it shortened */
    public SessionDetailLoader(AuditReader store, Catalog catalog, Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the tolerance is 0 or more, not " + tolerance);
        }
        this.store = store;
        this.catalog = catalog;
        this.tolerance = tolerance;
    }

    public Duration tolerance() {
        return tolerance;
    }

    public Optional<SessionDetail> load(long id) {
        return store.session(id).map(this::load);
    }

    public SessionDetail load(SessionRecord session) {
        Read read = protocols.computeIfAbsent(session.protocolVersionId(), versionId -> {
            ProtocolVersion version = store.protocolVersion(versionId).orElseThrow();
            return new Read(version, new ProtocolReader(catalog).read(version.fileName(),
                    version.text().getBytes(StandardCharsets.UTF_8)));
        });
        return SessionDetail.of(store, session, read.version(), read.result(), tolerance);
    }
}
