package app.holdpoint.ui.widget;

import java.awt.Component;
import java.awt.Container;
import java.util.BitSet;

import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;
import javax.swing.table.JTableHeader;
import javax.swing.JLabel;
import java.awt.FontMetrics;
import javax.swing.SwingUtilities;
import javax.swing.JComponent;

/**
 * A table whose columns fit their content: no cell is cut. A column is either as wide as its widest cell (dates,
 * times, states) or may wrap (names, titles), then never narrower than {@code minimum} and its rows grow as tall
 * as their text needs. The table fills the viewport when the columns fit (the wrapping ones give way first) and
 * scrolls sideways only when even the narrowest arrangement does not fit. Widths only grow as rows are added, so
 * columns do not jump while the user scrolls.
 */
public class FitTable extends JTable {
    private final int minimum;
    private final BitSet wrapping = new BitSet();
    private final WrapRenderer wrapRenderer = new WrapRenderer();
    private int baseRowHeight;
    private int[] contentWidths = new int[0];
    private int[] leastWidths = new int[0];
    private boolean fitting;
    private boolean relayoutPending;

    /** @param minimum the narrowest a wrapping column may get (the theme's size) */
    public FitTable(TableModel model, int minimum) {
        super(model);
        this.minimum = minimum;
        setAutoResizeMode(AUTO_RESIZE_ALL_COLUMNS);
        getColumnModel().addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent e) {
                boolean rows = rowHeights(0, getRowCount() - 1);
                JTableHeader header = getTableHeader();
                boolean head = header != null && header.getHeight() > 0
                        && header.getPreferredSize().height != header.getHeight();
                if (rows || head) {
                    relayoutLater();
                }
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
    }

    /** Lets these columns (model indexes) wrap their text, and their header's, instead of widening to it. */
    public void wrap(int... columns) {
        for (int column : columns) {
            wrapping.set(column);
        }
        WrapHeader header = new WrapHeader();
        for (int view = 0; view < getColumnCount(); view++) {
            // Set on every column: the header measures the default renderer once, a column's own each time.
            getColumnModel().getColumn(view).setHeaderRenderer(header);
        }
        fit(0, getRowCount() - 1);
    }

    @Override
    public void setRowHeight(int rowHeight) {
        baseRowHeight = rowHeight;
        super.setRowHeight(rowHeight);
    }

    @Override
    public void tableChanged(TableModelEvent e) {
        super.tableChanged(e);
        if (wrapping == null) {
            return; // JTable's constructor, before ours
        }
        if (e.getType() == TableModelEvent.INSERT || e.getType() == TableModelEvent.UPDATE
                && e.getFirstRow() != TableModelEvent.HEADER_ROW) {
            int last = e.getLastRow() == Integer.MAX_VALUE ? getRowCount() - 1 : e.getLastRow();
            fit(Math.max(0, e.getFirstRow()), Math.min(last, getRowCount() - 1));
        } else if (e.getFirstRow() == TableModelEvent.HEADER_ROW) {
            fit(0, getRowCount() - 1);
        }
    }

    @Override
    public Component prepareRenderer(TableCellRenderer renderer, int row, int column) {
        Component c = super.prepareRenderer(renderer, row, column);
        if (!wrapping.get(convertColumnIndexToModel(column))) {
            return c;
        }
        return wrapRenderer.like(c, getColumnModel().getColumn(column).getWidth());
    }

    /** Fills the viewport while the columns fit in it; wider than it (and scrolled) only when they cannot. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        Container parent = getParent();
        if (!(parent instanceof JViewport)) {
            return super.getScrollableTracksViewportWidth();
        }
        int least = 0;
        for (int i = 0; i < getColumnCount(); i++) {
            least += getColumnModel().getColumn(i).getMinWidth();
        }
        return least <= parent.getWidth();
    }

    /** Grows the columns to the header and to the cells of rows {@code first..last}; refits row heights. */
    private void fit(int first, int last) {
        if (fitting || getColumnModel().getColumnCount() == 0) {
            return;
        }
        fitting = true;
        try {
            int spacing = getIntercellSpacing().width + 2;
            int columns = getModel().getColumnCount();
            if (contentWidths.length != columns) {
                contentWidths = new int[columns];
                leastWidths = new int[columns];
            }
            for (int view = 0; view < getColumnCount(); view++) {
                TableColumn column = getColumnModel().getColumn(view);
                int model = convertColumnIndexToModel(view);
                int head = header(column, view) + spacing;
                int content = Math.max(contentWidths[model], head);
                int widestWord = Math.max(leastWidths[model], headerWord(column) + spacing);
                for (int row = first; row <= last; row++) {
                    Component c = super.prepareRenderer(getCellRenderer(row, view), row, view);
                    content = Math.max(content, c.getPreferredSize().width + spacing);
                    if (wrapping.get(model) && c instanceof JLabel label && label.getText() != null) {
                        widestWord = Math.max(widestWord, longestWord(label) + spacing);
                    }
                }
                contentWidths[model] = content;
                leastWidths[model] = wrapping.get(model) ? widestWord : content;
                int least = wrapping.get(model) ? Math.min(content, Math.max(minimum, Math.min(minimum * 3,
                        widestWord))) : content;
                column.setMinWidth(least);
                column.setPreferredWidth(content);
            }
        } finally {
            fitting = false;
        }
        rowHeights(first, last);
    }

    private int header(TableColumn column, int view) {
        TableCellRenderer renderer = getTableHeader() != null ? getTableHeader().getDefaultRenderer() : null;
        if (renderer == null) {
            return minimum;
        }
        return renderer.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, view)
                .getPreferredSize().width;
    }

    private int headerWord(TableColumn column) {
        FontMetrics fm = getTableHeader().getFontMetrics(getTableHeader().getFont());
        int widest = 0;
        for (String word : String.valueOf(column.getHeaderValue()).split("(?<=-)|\\s+")) {
            widest = Math.max(widest, fm.stringWidth(word));
        }
        return widest + 2 * fm.charWidth('m');
    }

    private static int longestWord(JLabel label) {
        FontMetrics fm = label.getFontMetrics(label.getFont());
        int widest = 0;
        for (String word : label.getText().split("(?<=-)|\\s+")) {
            widest = Math.max(widest, fm.stringWidth(word));
        }
        return widest + label.getInsets().left + label.getInsets().right;
    }

    /**
     * Lays the table and its header out again after this layout pass: heights that change while the columns are
     * being sized (during a layout) would otherwise be marked valid with the old size.
     */
    private void relayoutLater() {
        if (relayoutPending) {
            return;
        }
        relayoutPending = true;
        SwingUtilities.invokeLater(() -> {
            relayoutPending = false;
            invalidate();
            if (getTableHeader() != null) {
                getTableHeader().invalidate();
                getTableHeader().revalidate();
            }
            revalidate();
            repaint();
        });
    }

    /** Each row as tall as its most wrapped cell, never lower than the row height set; true when one changed. */
    private boolean rowHeights(int first, int last) {
        if (wrapping.isEmpty() || baseRowHeight <= 0 || fitting) {
            return false;
        }
        boolean changed = false;
        fitting = true;
        try {
            for (int row = Math.max(0, first); row <= last && row < getRowCount(); row++) {
                int height = baseRowHeight;
                for (int view = 0; view < getColumnCount(); view++) {
                    if (wrapping.get(convertColumnIndexToModel(view))) {
                        Component c = prepareRenderer(getCellRenderer(row, view), row, view);
                        height = Math.max(height, c.getPreferredSize().height);
                    }
                }
                if (getRowHeight(row) != height) {
                    super.setRowHeight(row, height);
                    changed = true;
                }
            }
        } finally {
            fitting = false;
        }
        return changed;
    }

    /**
     * The look and feel's header cell, over more lines when the column is narrower than its title (the header
     * grows as tall as the tallest title needs).
     */
    private final class WrapHeader implements TableCellRenderer {
        private final WrapRenderer lines = new WrapRenderer();

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table, value, selected,
                    focus, row, column);
            int width = getColumnModel().getColumn(column).getWidth();
            if (!(c instanceof JLabel label) || label.getText() == null
                    || label.getPreferredSize().width <= width) {
                return c;
            }
            lines.like(c, width);
            lines.setHorizontalAlignment(label.getHorizontalAlignment());
            return lines;
        }
    }

    /** Paints a cell of a wrapping column: the renderer's text, colours and font, over as many lines as needed. */
    private static final class WrapRenderer extends WrapLabel {
        WrapRenderer() {
            super(" ");
        }

        Component like(Component rendered, int width) {
            String value = rendered instanceof JLabel label ? label.getText() : String.valueOf(rendered);
            setText(value == null ? "" : value);
            setFont(rendered.getFont());
            setBackground(rendered.getBackground());
            setForeground(rendered.getForeground());
            setOpaque(rendered.isOpaque());
            if (rendered instanceof JComponent jc) {
                setBorder(jc.getBorder());
                setToolTipText(jc.getToolTipText());
            }
            setSize(Math.max(1, width), getHeight() > 0 ? getHeight() : 1);
            return this;
        }

        /** A renderer is painted at the cell's size but never validated: its height follows the width set. */
        @Override
        public void invalidate() {
        }
    }
}
