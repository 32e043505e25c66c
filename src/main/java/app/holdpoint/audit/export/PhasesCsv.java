package app.holdpoint.audit.export;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.stream.Collectors;

import app.holdpoint.audit.FilterText;
import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.session.Deviation;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditReader;

/**
 * One row per run of each phase of each matching session (newest session first), planned against actual, from the
 * engine's {@link app.holdpoint.session.SessionReport} at the loader's tolerance. Sessions are read one at a
 * time. A session whose stored protocol no longer reads gets one row saying why instead of its phases.
 */
public final class PhasesCsv {
    static final String[] HEADER = CsvColumns.PHASES;

    private PhasesCsv() {
    }

    /**
     * @return how many sessions were written
     * @throws NothingToExport when no session matches (no file is written)
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static long write(AuditReader store, SessionDetailLoader details, AuditFilter filter, ZoneId zone,
                             Path out) {
        return write(store, details, filter, zone, out, CsvForm.PLAIN);
    }

    /** As {@link #write(AuditReader, SessionDetailLoader, AuditFilter, ZoneId, Path)}, plain or for Excel. */
    public static long write(AuditReader store, SessionDetailLoader details, AuditFilter filter, ZoneId zone, Path out,
                             CsvForm form) {
        return write(store, details, filter, zone, out, form, ReportText.ENGLISH);
    }

    /**
     * As above, saying "no sessions match" and why a file cannot be written in the report's language; the file's
     * header and values are the same in every language ({@link CsvColumns}).
     */
    public static long write(AuditReader store, SessionDetailLoader details, AuditFilter filter, ZoneId zone, Path out,
                             CsvForm form, ReportText words) {
        long[] sessions = {0};
        ExportFile.write(out, stream -> {
            CsvOut csv = new CsvOut(stream, zone, form);
            csv.header(HEADER);
            store.auditEach(filter, row -> {
                details.load(row.id()).ifPresent(detail -> rows(csv, detail));
                sessions[0]++;
            });
            if (sessions[0] == 0) {
                throw new NothingToExport(words.get("summary.nothing", FilterText.describe(filter, zone, words)));
            }
            csv.flush();
        }, words);
        return sessions[0];
    }

    private static void rows(CsvOut csv, SessionDetail detail) {
        long id = detail.session().id();
        if (detail.report().isEmpty()) {
            csv.number(id).empty().empty().text(CsvColumns.noPhaseReport(detail.reportProblem()));
            csv.empty().empty().empty().empty().empty().empty().empty().empty();
            csv.end();
            return;
        }
        for (PhaseRow row : detail.report().get().rows()) {
            csv.number(id).number(row.phase().index()).text(row.phase().kind().word()).text(row.phase().label())
                    .text(row.phase().muscle()).text(row.phase().side().map(side -> side.word()))
                    .text(row.phase().cycle() + "/" + row.phase().cycles()).number(row.run())
                    .seconds(row.planned().toMillis()).seconds(row.actual().toMillis())
                    .text(row.endedBy().map(Enum::name).orElse(""))
                    .text(row.deviations().stream().sorted().map(Deviation::name).collect(Collectors.joining(" ")));
            csv.end();
        }
    }
}
