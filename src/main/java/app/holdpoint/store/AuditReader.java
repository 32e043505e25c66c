package app.holdpoint.store;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import app.holdpoint.session.SessionEvent;

/**
 * Reading the record back: one session with its events and addenda, pages and counts of sessions, streams of
 * them and period summaries. A role of {@link SessionStore}: the audit workspace, the exports and the audit
 * commands need only this. Synchronous; may be called from any thread but the EDT.
 */
public interface AuditReader {

    Optional<SessionRecord> session(long id);

    List<SessionEvent> events(long sessionId);

    List<Addendum> addenda(long sessionId);

    Optional<ProtocolVersion> protocolVersion(long id);

    /** Ids of every protocol any stored session ran, sorted: for audit filters. */
    List<String> protocolIds();

    /**
     * The notice verify gives this session when its start lies before the seal of the session its kiosk sealed
     * just before it ("session 12 starts before session 11 was sealed (clock moved back?)"); empty otherwise, or
     * while it is not sealed. One short query: for the detail of one session, without a whole verify. Typed
     * ({@link VerifyFinding.Kind#CLOCK_BACK}) so the detail and reports word it in their language.
     */
    default Optional<VerifyFinding> clockNotice(long sessionId) {
        return Optional.empty();
    }

    /** One page of sessions, newest first; pass the previous page's {@code next} to continue. */
    default AuditPage audit(AuditFilter filter, Optional<AuditPage.Key> after, int limit) {
        return audit(filter, AuditSort.newestFirst(), after, limit);
    }

    /** One page of sessions in {@code sort} order; pass the previous page's {@code next} (same sort) to continue. */
    AuditPage audit(AuditFilter filter, AuditSort sort, Optional<AuditPage.Key> after, int limit);

    /** How many sessions match; reads the filter's whole index range, so call it off the EDT and asynchronously. */
    long auditCount(AuditFilter filter);

    /**
     * How many kiosks the record's sessions come from: a copied session counts by the kiosk it was copied from, any
     * other by the kiosk id it was begun with. More than one on a central record that several kiosks copy to. Reads
     * every session: call it off the EDT.
     */
    default int auditKiosks() {
        return 1;
    }

    /** Streams every matching session, newest first, without holding them all in memory. */
    void auditEach(AuditFilter filter, Consumer<AuditRow> sink);

    /**
     * Sums up the matching sessions per therapist, per protocol and per week or month (by the period's length;
     * see {@link PeriodSummary}) with SQL aggregates, so it stays fast at a million sessions.
     *
     * @param tolerance how much shorter than planned a phase may end before it counts as shortened; applies to
     *                  the deviation counts and to {@link AuditFilter#deviationsOnly()} (lists and CSV rows use the
     *                  sealed counts, at {@link SealedTotals#TOLERANCE})
     * @param zone      decides the day, week and month a session falls in
     */
    PeriodSummary summarize(AuditFilter filter, Duration tolerance, ZoneId zone);
}
