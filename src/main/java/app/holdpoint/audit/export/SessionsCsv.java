package app.holdpoint.audit.export;

import java.nio.file.Path;
import java.time.ZoneId;

import app.holdpoint.audit.FilterText;
import app.holdpoint.audit.ReportText;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.AuditReader;
import app.holdpoint.store.SealedTotals;
import java.util.Optional;

/**
 * One row per session, streamed from {@link AuditReader#auditEach} (never all in memory), newest first. The
 * deviation counts are the sealed ones, at {@link SealedTotals#TOLERANCE}. Call off the EDT: it reads the database.
 */
public final class SessionsCsv {
    static final String[] HEADER = CsvColumns.SESSIONS;

    private SessionsCsv() {
    }

    /**
     * @return how many sessions were written
     * @throws NothingToExport when no session matches (no file is written)
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static long write(AuditReader store, AuditFilter filter, ZoneId zone, Path out) {
        return write(store, filter, zone, out, CsvForm.PLAIN);
    }

    /** As {@link #write(AuditReader, AuditFilter, ZoneId, Path)}, in the given form (plain or for Excel). */
    public static long write(AuditReader store, AuditFilter filter, ZoneId zone, Path out, CsvForm form) {
        return write(store, filter, zone, out, form, ReportText.ENGLISH);
    }

    /**
     * As above, saying "no sessions match" and why a file cannot be written in the report's language; the file's
     * header and values are the same in every language ({@link CsvColumns}).
     */
    public static long write(AuditReader store, AuditFilter filter, ZoneId zone, Path out, CsvForm form,
                             ReportText words) {
        long[] rows = {0};
        ExportFile.write(out, stream -> {
            CsvOut csv = new CsvOut(stream, zone, form);
            csv.header(HEADER);
            store.auditEach(filter, row -> {
                row(csv, row);
                rows[0]++;
            });
            if (rows[0] == 0) {
                throw new NothingToExport(words.get("summary.nothing", FilterText.describe(filter, zone, words)));
            }
            csv.flush();
        }, words);
        return rows[0];
    }

    private static void row(CsvOut csv, AuditRow r) {
        csv.number(r.id()).time(Optional.of(r.startedAt())).time(r.endedAt()).text(r.therapist())
                .text(r.protocolId()).number(r.protocolVersion()).text(r.clientRef()).text(r.side())
                .text(r.status().word());
        if (r.summary().isPresent()) {
            SealedTotals s = r.summary().get();
            csv.seconds(s.plannedMillis()).seconds(s.actualMillis()).number(s.skipped()).number(s.shortened())
                    .number(s.extended()).number(s.capped()).number(s.deviations());
        } else {
            csv.empty().empty().empty().empty().empty().empty().empty();
        }
        if (r.painBefore().isPresent()) {
            csv.number(r.painBefore().getAsInt());
        } else {
            csv.empty();
        }
        if (r.painAfter().isPresent()) {
            csv.number(r.painAfter().getAsInt());
        } else {
            csv.empty();
        }
        csv.text(r.signedBy()).text(r.sealHash()).text(r.kiosk());
        csv.end();
    }
}
