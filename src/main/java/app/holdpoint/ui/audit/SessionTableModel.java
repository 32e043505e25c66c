package app.holdpoint.ui.audit;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

import javax.swing.table.AbstractTableModel;

import app.holdpoint.protocol.Durations;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditPage;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.AuditSort;
import app.holdpoint.store.AuditReader;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;

/**
 * The sessions table, filled a page at a time as the user scrolls: {@link #need(int)} asks for the rows up to
 * a given one, and the next keyset page is fetched on the reads executor, never on the EDT. A new filter or sort
 * starts a new generation; pages of an older one that arrive late are dropped. Only what was scrolled past is
 * held, so a million sessions cost what the first screen costs.
 */
final class SessionTableModel extends AbstractTableModel {
    static final int PAGE = 100;

    /** The columns; those with a store sort can be sorted by clicking their header. */
    enum Column {
        DATE(Optional.of(AuditSort.Column.STARTED)),
        THERAPIST(Optional.of(AuditSort.Column.THERAPIST)),
        PROTOCOL(Optional.of(AuditSort.Column.PROTOCOL)),
        CLIENT(Optional.of(AuditSort.Column.CLIENT)),
        STATUS(Optional.of(AuditSort.Column.STATUS)),
        TIME(Optional.empty()),
        DEVIATIONS(Optional.empty()),
        PAIN(Optional.empty()),
        INTEGRITY(Optional.empty()),
        /** Shown only when the record holds sessions from more than one kiosk (see {@code SessionList}). */
        KIOSK(Optional.empty());

        final Optional<AuditSort.Column> sort;

        Column(Optional<AuditSort.Column> sort) {
            this.sort = sort;
        }
    }

    /** What the list reports to its view: failures to load, for a message the clinician can act on. */
    interface Listener {
        void loadFailed(String message);
    }

    private final AuditReader store;
    private final Executor reads;
    private final Text text;
    private final DateTimeFormatter dates;
    private final List<AuditRow> rows = new ArrayList<>();
    private final Set<Long> failing = new HashSet<>();
    private AuditFilter filter = AuditFilter.all();
    private AuditSort sort = AuditSort.newestFirst();
    private Optional<AuditPage.Key> next = Optional.empty();
    private boolean more;
    private boolean loading;
    private int wanted;
    private final Background.Latest pages = new Background.Latest();
    private Listener listener = message -> { };
    private LongConsumer pageLoaded = rows -> { };

    SessionTableModel(AuditReader store, Executor reads, Text text, ZoneId zone) {
        this.store = store;
        this.reads = reads;
        this.text = text;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    void onFailure(Listener listener) {
        this.listener = listener;
    }

    /** Called on the EDT after each page is shown, with the number of rows now loaded (tests wait on it). */
    void onPageLoaded(LongConsumer pageLoaded) {
        this.pageLoaded = pageLoaded;
    }

    AuditFilter filter() {
        return filter;
    }

    AuditSort sort() {
        return sort;
    }

    /** Starts over with this filter and sort: the rows go, the first page is fetched. */
    void show(AuditFilter newFilter, AuditSort newSort) {
        filter = newFilter;
        sort = newSort;
        pages.supersede();
        int removed = rows.size();
        rows.clear();
        next = Optional.empty();
        more = true;
        loading = false;
        wanted = 0;
        if (removed > 0) {
            fireTableRowsDeleted(0, removed - 1);
        }
        need(PAGE - 1);
    }

    /** The view shows rows up to {@code row}: fetch pages until a page beyond it is loaded. */
    void need(int row) {
        wanted = Math.max(wanted, row + PAGE / 2);
        if (loading || !more || rows.size() > wanted) {
            return;
        }
        loading = true;
        AuditFilter f = filter;
        AuditSort s = sort;
        Optional<AuditPage.Key> after = next;
        Background.on(reads).supply(() -> store.audit(f, s, after, PAGE)).latestOnly(pages).logAs("audit page failed")
                .onSuccess(this::arrived).onFailure(text, this::failed).start();
    }

    private void arrived(AuditPage page) {
        loading = false;
        int first = rows.size();
        rows.addAll(page.rows());
        next = page.next();
        more = next.isPresent();
        if (!page.rows().isEmpty()) {
            fireTableRowsInserted(first, rows.size() - 1);
        }
        pageLoaded.accept(rows.size());
        need(wanted - PAGE / 2);
    }

    private void failed(String reason) {
        loading = false;
        more = false;
        listener.loadFailed(text.get("audit.list.failed", reason));
    }

    boolean loading() {
        return loading;
    }

    /** Sessions that failed verification: flagged in the integrity column. */
    void failing(Set<Long> ids) {
        failing.clear();
        failing.addAll(ids);
        if (!rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        }
    }

    boolean fails(int row) {
        return failing.contains(rows.get(row).id());
    }

    AuditRow row(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return Column.values().length;
    }

    @Override
    public String getColumnName(int column) {
        return text.get("audit.column." + Column.values()[column].name());
    }

    @Override
    public Object getValueAt(int index, int column) {
        AuditRow row = rows.get(index);
        switch (Column.values()[column]) {
            case DATE:
                return dates.format(row.startedAt());
            case THERAPIST:
                return row.therapist();
            case PROTOCOL:
                return row.protocolId() + " v" + row.protocolVersion();
            case CLIENT:
                return row.clientRef();
            case STATUS:
                return text.get("audit.status." + row.status().name());
            case TIME:
                return row.summary().map(this::times).orElse("");
            case DEVIATIONS:
                return row.summary().map(this::deviations).orElse("");
            case PAIN:
                return pain(row.painBefore()) + " \u2192 " + pain(row.painAfter());
            case KIOSK:
                return row.kiosk();
            case INTEGRITY:
            default:
                return failing.contains(row.id()) ? text.get("audit.integrity.fails")
                        : row.sealed() ? text.get("audit.integrity.sealed") : text.get("audit.integrity.open");
        }
    }

    private String times(SealedTotals summary) {
        return Durations.format(Duration.ofMillis(summary.plannedMillis())) + " / "
                + Durations.format(Duration.ofMillis(summary.actualMillis()));
    }

    private String deviations(SealedTotals summary) {
        if (summary.deviations() == 0) {
            return text.get("audit.deviations.none");
        }
        List<String> kinds = new ArrayList<>();
        int[] counts = {summary.skipped(), summary.shortened(), summary.extended(), summary.capped()};
        String[] keys = {"SKIPPED", "SHORTENED", "EXTENDED", "CAPPED"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                kinds.add(counts[i] + " " + text.get("audit.deviation." + keys[i]));
            }
        }
        return kinds.isEmpty() ? Integer.toString(summary.deviations())
                : text.get("audit.deviations.counts", summary.deviations(), String.join(", ", kinds));
    }

    private static String pain(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "\u2013";
    }
}
