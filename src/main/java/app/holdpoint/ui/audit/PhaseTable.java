package app.holdpoint.ui.audit;

import java.awt.Component;
import java.util.List;
import java.util.stream.Collectors;

import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import app.holdpoint.protocol.Durations;
import app.holdpoint.session.Deviation;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionReport;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.FitTable;

/** Planned against actual, one row per phase run; a row with a deviation is tinted and names each kind. */
final class PhaseTable {
    private PhaseTable() {
    }

    static JTable of(SessionReport report, Theme theme, Text text) {
        List<PhaseRow> rows = report.rows();
        String[] columns = {"#", text.get("audit.phase.phase"), text.get("audit.phase.planned"),
                text.get("audit.phase.actual"), text.get("audit.phase.paused"), text.get("audit.phase.endedBy"),
                text.get("audit.phase.deviations")};
        FitTable table = new FitTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return rows.size();
            }

            @Override
            public int getColumnCount() {
                return columns.length;
            }

            @Override
            public String getColumnName(int column) {
                return columns[column];
            }

            @Override
            public Object getValueAt(int index, int column) {
                PhaseRow row = rows.get(index);
                switch (column) {
                    case 0:
                        return row.phase().index() + (row.run() > 1 ? " (" + row.run() + ")" : "");
                    case 1:
                        return text.get("phase." + row.phase().kind().name()) + " \u00B7 " + row.phase().label();
                    case 2:
                        return Durations.format(row.planned());
                    case 3:
                        return Durations.format(row.actual());
                    case 4:
                        return row.paused().isZero() ? "" : Durations.format(row.paused());
                    case 5:
                        return row.endedBy().map(by -> text.get("audit.endedBy." + by.name())).orElse("\u2013");
                    default:
                        return deviations(row, text);
                }
            }
        }, theme.size("Holdpoint.audit.column.minimum"));
        table.setName("auditPhases");
        table.setRowHeight(theme.size("Holdpoint.audit.rowHeight"));
        table.setFont(theme.font("Holdpoint.audit.table.font"));
        table.getTableHeader().setFont(theme.font("Holdpoint.audit.header.font"));
        table.wrap(1, 5, 6);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                           int row, int column) {
                Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                if (!selected) {
                    boolean deviates = !rows.get(row).deviations().isEmpty() || !rows.get(row).paused().isZero();
                    c.setBackground(deviates ? theme.color("Holdpoint.audit.deviation.background")
                            : t.getBackground());
                    c.setForeground(deviates ? theme.color("Holdpoint.audit.deviation.foreground")
                            : t.getForeground());
                }
                return c;
            }
        });
        return table;
    }

    /** Each deviation by name, plus paused time (not a deviation of the phase, but worth seeing). */
    static String deviations(PhaseRow row, Text text) {
        String kinds = row.deviations().stream().sorted().map(d -> text.get("audit.deviation." + d.name()))
                .collect(Collectors.joining(", "));
        if (!row.paused().isZero()) {
            String paused = text.get("audit.deviation.PAUSED", Durations.format(row.paused()));
            kinds = kinds.isEmpty() ? paused : kinds + ", " + paused;
        }
        return kinds;
    }

    static boolean any(SessionReport report) {
        return report.hasDeviations() || report.rows().stream().anyMatch(r -> !r.paused().isZero())
                || report.sessionDeviations().contains(Deviation.ENDED_EARLY);
    }
}
