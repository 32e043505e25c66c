package app.holdpoint.ui.session;

import java.nio.charset.StandardCharsets;
import java.util.List;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.load.Problem;
import app.holdpoint.protocol.load.ProtocolReader;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.KioskServices;

/**
 * Reads back what an interrupted session needs to continue: the timeline it ran, rebuilt from the protocol text
 * stored with it (never today's file) with the same side and screening answers, and its events. Reads run on
 * the reads executor; the store marks the session running again only once the timeline is known to fit.
 */
final class ResumeLoader {
    record Loaded(Timeline timeline, List<SessionEvent> events) {
    }

    private ResumeLoader() {
    }

    /** Reads on the reads executor, then marks the session running again; not started yet. */
    static Background<Loaded> load(KioskServices services, long sessionId) {
        return Background.on(services.reads()).supply(() -> timeline(services, sessionId))
                .then(timeline -> services.store().resume(sessionId).thenApply(events -> new Loaded(timeline, events)));
    }

    /** Why a session cannot be read back, already in the kiosk's words. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String words) {
            super(words);
        }
    }

    private static Timeline timeline(KioskServices services, long sessionId) {
        Text text = services.text();
        String session = String.valueOf(sessionId);
        SessionRecord record = services.store().session(sessionId)
                .orElseThrow(() -> new Unreadable(text.get("resume.notInRecord", session)));
        ProtocolVersion version = services.store().protocolVersion(record.protocolVersionId())
                .orElseThrow(() -> new Unreadable(text.get("resume.noProtocolText", session)));
        ProtocolReader.Result read = new ProtocolReader(services.library().catalog()).read(version.fileName(),
                version.text().getBytes(StandardCharsets.UTF_8));
        // The loader's problem in the kiosk's language, as validate prints it under --lang.
        Protocol protocol = read.protocol().orElseThrow(() -> new Unreadable(text.get("resume.catalogChanged",
                read.problems().stream().filter(Problem::isError).findFirst().map(p -> p.toString(text.locale()))
                        .orElse(text.get("resume.unknownProblem")))));
        // The stored (file's) text rebuilds the timeline; the kiosk shows it in its language, as at the start.
        return SessionDetail.timeline(services.library().translations().protocol(protocol), record);
    }
}
