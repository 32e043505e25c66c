package app.holdpoint.ui.audit;

import java.awt.Color;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditSort;
import app.holdpoint.store.SessionStore;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.FitTable;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.ui.widget.WrapLabel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.ListSelectionModel;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.Rectangle;
import java.awt.Point;
import java.awt.Font;

/**
 * Filters, the count, and the lazily paged sessions table. Clicking a sortable header sorts by it in the
 * database (again: the reverse); double-click, Enter or "Open" opens the selected session.
 */
final class SessionList extends JPanel {

    interface Opener {
        void open(long sessionId);
    }

    private final SessionStore store;
    private final Executor reads;
    private final Text text;
    private final Theme theme;
    private final SessionTableModel model;
    private final JTable table;
    private final FilterBar filters;
    private final JLabel count = new JLabel(" ");
    private final JLabel problem = new WrapLabel(" ");
    private final BigButton open;
    private final JPanel actions = new JPanel(new MigLayout("insets 0, gap 8"));
    private final Background.Latest counting = new Background.Latest();
    /**
     * Counts get a thread of their own: a count over a large share of a million sessions can take seconds, and
     * on the shared reads thread it would hold back the pages the user is scrolling to.
     */
    private final ExecutorService counts = Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "audit-count");
                thread.setDaemon(true);
                return thread;
            });

    private final TableColumn kioskColumn;

    SessionList(SessionStore store, Theme theme, Text text, Executor reads, Clock clock, Opener opener) {
        this.store = store;
        this.reads = reads;
        this.text = text;
        this.theme = theme;
        setName("auditSessions");
        setOpaque(false);
        model = new SessionTableModel(store, reads, text, clock.getZone());
        FitTable fit = new FitTable(model, theme.size("Holdpoint.audit.column.minimum"));
        table = fit;
        table.setName("auditTable");
        table.setRowHeight(theme.size("Holdpoint.audit.rowHeight"));
        table.setFont(theme.font("Holdpoint.audit.table.font"));
        table.getTableHeader().setFont(theme.font("Holdpoint.audit.header.font"));
        table.setAutoCreateRowSorter(false);
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new FlagRenderer());
        // Dates, clients, pain and seals are as wide as they are; the other columns wrap (at spaces and hyphens)
        // when the screen is narrow, and the table scrolls sideways only when even that does not fit.
        fit.wrap(SessionTableModel.Column.THERAPIST.ordinal(), SessionTableModel.Column.PROTOCOL.ordinal(),
                SessionTableModel.Column.STATUS.ordinal(), SessionTableModel.Column.TIME.ordinal(),
                SessionTableModel.Column.DEVIATIONS.ordinal());
        // Hidden until the record turns out to hold sessions from more than one kiosk (a central record).
        kioskColumn = table.getColumnModel().getColumn(SessionTableModel.Column.KIOSK.ordinal());
        table.removeColumn(kioskColumn);
        filters = new FilterBar(theme, text, clock);
        filters.onChange(this::show);
        count.setName("auditCount");
        count.setFont(theme.font("Holdpoint.audit.header.font"));
        problem.setName("auditListProblem");
        problem.setForeground(theme.color("Holdpoint.danger"));
        model.onFailure(problem::setText);
        open = new BigButton(theme, text.get("audit.open"));
        open.setName("auditOpen");
        open.addActionListener(e -> openSelected(opener));

        JScrollPane scroll = new JScrollPane(table);
        scroll.setName("auditScroll");
        scroll.setPreferredSize(new Dimension(400, 300)); // the layout gives it the room there is
        scroll.getVerticalScrollBar().setUnitIncrement(theme.size("Holdpoint.audit.rowHeight"));
        scroll.getViewport().addChangeListener(e -> model.need(lastVisibleRow()));
        TouchScroll.enableDrag(scroll, theme); // a finger drags the rows; a tap still selects

        table.getTableHeader().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                headerClicked(table.getTableHeader(), e);
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0 && !TouchScroll.isDragging(table)) {
                    openSelected(opener);
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "auditOpen");
        table.getActionMap().put("auditOpen", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                openSelected(opener);
            }
        });

        actions.setOpaque(false);
        setLayout(new MigLayout("insets 0, gap 8 6, fill", "[grow, fill][][]", "[][][][grow, fill][]"));
        add(filters, "span 3, growx, wrap");
        // The count has a row of its own, so the actions (summaries, CSV, For Excel) and Open fit a portrait screen.
        add(count, "span 3, growx, wrap");
        add(actions, "span 2");
        add(open, "wrap");
        add(scroll, "span 3, grow, wrap");
        add(problem, "span 3, growx");
    }

    /** Another action beside "Open" (summaries, exports). */
    void addAction(JComponent action) {
        actions.add(action);
    }

    /** A message under the table: an export's file, or why there is none. */
    void message(String message, boolean problemColour) {
        problem.setForeground(theme.color(problemColour ? "Holdpoint.danger" : "Holdpoint.text.foreground"));
        problem.setText(message);
    }

    SessionTableModel model() {
        return model;
    }

    JTable table() {
        return table;
    }

    FilterBar filters() {
        return filters;
    }

    /** Reloads the choices and the first page with the filters as set. */
    void refresh() {
        Background.on(reads).supply(() -> new Choices(store.therapists().stream().map(t -> t.name()).toList(),
                        store.protocolIds())).logAs("the filter choices could not be read")
                .onSuccess(choices -> {
                    filters.therapists(choices.therapists());
                    filters.protocols(choices.protocols());
                })
                .onFailure(text, reason -> problem.setText(text.get("audit.list.failed", reason))).start();
        Background.on(counts).supply(store::auditKiosks).logAs("the kiosks of the record could not be counted")
                .onSuccess(kiosks -> showKioskColumn(kiosks > 1)).start();
        filters.current().ifPresent(this::show);
    }

    /** The Kiosk column, second after the date, only where sessions come from several kiosks. */
    private void showKioskColumn(boolean several) {
        if (several && !kioskColumnShown()) {
            table.addColumn(kioskColumn);
            table.moveColumn(table.getColumnCount() - 1, 1);
        } else if (!several && kioskColumnShown()) {
            table.removeColumn(kioskColumn);
        }
    }

    /** Whether the table shows the Kiosk column now. */
    boolean kioskColumnShown() {
        for (int view = 0; view < table.getColumnCount(); view++) {
            if (table.getColumnModel().getColumn(view) == kioskColumn) {
                return true;
            }
        }
        return false;
    }

    private void show(AuditFilter filter) {
        problem.setText(" ");
        model.show(filter, model.sort());
        countAsync(filter);
    }

    private void sortBy(AuditSort sort) {
        model.show(model.filter(), sort);
        table.getTableHeader().repaint();
    }

    /** The count reads the filter's whole range: it runs beside the first page and shows when ready. */
    private void countAsync(AuditFilter filter) {
        count.setText(text.get("audit.count.counting"));
        Background.on(counts).supply(() -> store.auditCount(filter)).latestOnly(counting)
                .logAs("the sessions could not be counted")
                .onSuccess(n -> count.setText(text.get("audit.count", n)))
                .onFailure(text, reason -> count.setText(text.get("audit.count.unknown"))).start();
    }

    private record Choices(List<String> therapists, List<String> protocols) {
    }

    private void headerClicked(JTableHeader header, MouseEvent e) {
        int column = header.columnAtPoint(e.getPoint());
        if (column < 0) {
            return;
        }
        SessionTableModel.Column clicked = SessionTableModel.Column.values()[table.convertColumnIndexToModel(column)];
        clicked.sort.ifPresent(sortColumn -> {
            AuditSort now = model.sort();
            sortBy(now.column() == sortColumn ? now.reverse() : new AuditSort(sortColumn, false));
        });
    }

    /** Sorts as a click on that column's header would (for tests and keyboard users). */
    void clickSort(SessionTableModel.Column column) {
        column.sort.ifPresent(sortColumn -> {
            AuditSort now = model.sort();
            sortBy(now.column() == sortColumn ? now.reverse() : new AuditSort(sortColumn, false));
        });
    }

    private int lastVisibleRow() {
        Rectangle view = table.getVisibleRect();
        int row = table.rowAtPoint(new Point(0, view.y + view.height - 1));
        return row < 0 ? table.getRowCount() - 1 + (view.height / Math.max(1, table.getRowHeight())) : row;
    }

    private void openSelected(Opener opener) {
        int row = table.getSelectedRow();
        if (row >= 0) {
            opener.open(model.row(table.convertRowIndexToModel(row)).id());
        }
    }

    /** Notified with the loaded row count after each page (tests wait on it). */
    void onPageLoaded(LongConsumer listener) {
        model.onPageLoaded(listener);
    }

    /** Rows that failed verification in the danger colour; sorted column's header marked. */
    private final class FlagRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            setToolTipText(value == null ? null : value.toString());
            if (model.fails(t.convertRowIndexToModel(row))) {
                Color danger = theme.color("Holdpoint.danger");
                c.setForeground(selected ? t.getSelectionForeground() : danger);
                c.setFont(c.getFont().deriveFont(Font.BOLD));
            } else {
                c.setForeground(selected ? t.getSelectionForeground() : t.getForeground());
            }
            return c;
        }
    }
}
