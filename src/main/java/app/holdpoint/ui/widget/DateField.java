package app.holdpoint.ui.widget;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics2D;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.JTextField;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.SquareIcon;
import app.holdpoint.ui.theme.Theme;
import javax.swing.BorderFactory;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.event.DocumentListener;
import javax.swing.event.DocumentEvent;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Container;

/**
 * A date typed as yyyy-MM-dd or picked from a calendar: the text field stays (a keyboard or a scanner types
 * into it) and a button beside it opens a {@link MonthGrid} sized for fingers. A picked day is written into the
 * field and reported; a typed date that does not read is outlined red ({@link #valid()} says so).
 */
public final class DateField extends JPanel {
    private final JTextField field;
    private final JButton open;
    private final JPanel card;
    private final JComponent catcher = new JComponent() {
    };
    private final MonthGrid grid;
    private Consumer<Optional<LocalDate>> picked = date -> { };

    /** @param field the text field to use (its name and columns are the caller's) */
    public DateField(Theme theme, Text text, Clock clock, JTextField field) {
        this.field = field;
        int touch = theme.integer("Holdpoint.touch.minimum"); // design pixels: MigLayout scales them
        setOpaque(false);
        setLayout(new MigLayout("insets 0, gap " + theme.integer("Holdpoint.audit.gap") / 2, "[grow, fill][]",
                "[fill]"));
        open = new JButton(new CalendarIcon(theme.touchMinimum() / 2, theme));
        open.setName(field.getName() == null ? "calendarOpen" : field.getName() + "Calendar");
        open.setToolTipText(text.get("widget.calendar.open"));
        open.setFocusable(false);
        grid = new MonthGrid(theme, text, clock);
        grid.onChosen(date -> {
            closeCalendar();
            field.setText(date.map(LocalDate::toString).orElse(""));
            check();
            picked.accept(date);
        });
        card = new JPanel(new MigLayout("insets 0, fill"));
        card.setName("calendarPopup");
        card.setBorder(BorderFactory.createLineBorder(theme.color("Holdpoint.text.muted"),
                Math.max(1, theme.scaled(2))));
        card.add(grid, "grow");
        catcher.setName("calendarOutside");
        catcher.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                closeCalendar(); // a tap beside the calendar closes it, as a menu would
            }
        });
        open.addActionListener(e -> {
            grid.mark(date().orElse(Optional.empty()));
            showInsideWindow();
        });
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                check();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                check();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                check();
            }
        });
        add(field, "hmin " + touch + ", wmin " + touch * 2);
        add(open, "w " + touch + "!, h " + touch + "!");
    }

    /**
     * The calendar lies over the window (its popup layer), below the button when there is room, else above it,
     * else as low as the window allows: always inside the window, where a finger can reach it. A tap beside it
     * closes it.
     */
    private void showInsideWindow() {
        JRootPane root = SwingUtilities.getRootPane(open);
        if (root == null) {
            return;
        }
        JLayeredPane layers = root.getLayeredPane();
        if (card.getParent() != layers) {
            layers.add(catcher, JLayeredPane.MODAL_LAYER);
            layers.add(card, JLayeredPane.POPUP_LAYER);
        }
        Dimension size = card.getPreferredSize();
        size.width = Math.min(size.width, layers.getWidth());
        size.height = Math.min(size.height, layers.getHeight());
        Point button = SwingUtilities.convertPoint(open, 0, 0, layers);
        int x = Math.max(0, Math.min(button.x + open.getWidth() - size.width, layers.getWidth() - size.width));
        int y = button.y + open.getHeight();
        if (y + size.height > layers.getHeight()) {
            y = button.y - size.height >= 0 ? button.y - size.height : Math.max(0, layers.getHeight() - size.height);
        }
        catcher.setBounds(0, 0, layers.getWidth(), layers.getHeight());
        card.setBounds(x, y, size.width, size.height);
        catcher.setVisible(true);
        card.setVisible(true);
        card.validate();
        layers.repaint();
    }

    /** Closes the calendar if it is open. */
    public void closeCalendar() {
        if (card.getParent() != null) {
            Container layers = card.getParent();
            layers.remove(card);
            layers.remove(catcher);
            layers.repaint();
        }
    }

    public boolean calendarShowing() {
        return card.isShowing();
    }

    /** Told the picked date (empty: cleared) after it is written into the field. */
    public void onPicked(Consumer<Optional<LocalDate>> listener) {
        this.picked = listener;
    }

    public JTextField field() {
        return field;
    }

    public JButton openButton() {
        return open;
    }

    public MonthGrid grid() {
        return grid;
    }

    /** False while the field holds text that is not a date. */
    public boolean valid() {
        return date().isPresent();
    }

    /** The date typed: empty inside when the field is blank; empty outside when the text does not read. */
    public Optional<Optional<LocalDate>> date() {
        String typed = field.getText().trim();
        if (typed.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(typed)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void check() {
        field.putClientProperty("JComponent.outline", valid() ? null : "error");
    }

    /** A calendar page drawn with lines, so no font needs the glyph. */
    private static final class CalendarIcon extends SquareIcon {
        private final Theme theme;

        CalendarIcon(int size, Theme theme) {
            super(size);
            this.theme = theme;
        }

        @Override
        protected void draw(Component c, Graphics2D g2, int x, int y) {
            g2.setColor(c.isEnabled() ? theme.color("Holdpoint.text.foreground") : theme.color("Holdpoint.text.muted"));
            float stroke = Math.max(1.5f, size / 14f);
            g2.setStroke(new BasicStroke(stroke));
            int top = y + size / 6;
            int h = size - size / 6 - 1;
            g2.drawRoundRect(x + 1, top, size - 2, h, size / 6, size / 6);
            g2.fillRect(x + 1, top, size - 2, h / 4);
            g2.drawLine(x + size / 4, y, x + size / 4, top + size / 8);
            g2.drawLine(x + 3 * size / 4, y, x + 3 * size / 4, top + size / 8);
            int cell = (size - 4) / 4;
            for (int row = 0; row < 2; row++) {
                for (int col = 0; col < 3; col++) {
                    g2.fillRect(x + 3 + col * (cell + 2) + cell / 3, top + h / 3 + row * (h / 3), cell / 2, cell / 2);
                }
            }
        }
    }
}
