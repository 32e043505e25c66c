package app.holdpoint.ui.screen;

import app.holdpoint.ui.widget.ReadOnlyText;

import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.Problem;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.LetterPad;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.ui.widget.TouchTarget;
import java.awt.Component;

/**
 * Protocols grouped by condition: each condition's heading over its own cards, as many cards to a row as fit
 * the width. Each card has the title, duration, phase count and techniques, wrapped inside the card. When the
 * library is longer than the screen, a search field filters by title, muscle and condition. Files that did not
 * load are listed, with their located errors, for administrators only.
 */
public final class PickerScreen extends JPanel {
    private final Text text;
    private final Theme theme;
    private final Consumer<Protocol> onChoose;
    private final JPanel groups;
    private final JScrollPane scroll;
    private final JTextArea signedIn = ReadOnlyText.wrapping("");
    private final JButton settings;
    private final JButton audit;
    private final JPanel searchRow;
    private final JTextField search = new JTextField();
    private final JToggleButton keyboard;
    private final LetterPad letters;
    private ProtocolLibrary.Loaded library;
    private Predicate<Protocol> mayRun = protocol -> true;
    private boolean administrator;
    private int columns;

    public PickerScreen(Text text, Runnable onSignOut, Runnable onSettings, Consumer<Protocol> onChoose) {
        this(text, onSignOut, onSettings, () -> { }, onChoose);
    }

    /** Settings and Audit show only to administrators (see {@link #show}). */
    public PickerScreen(Text text, Runnable onSignOut, Runnable onSettings, Runnable onAudit,
                        Consumer<Protocol> onChoose) {
        super(new MigLayout("insets 0, fill, hidemode 3", "[grow, fill]", "[][][][grow, fill]"));
        this.text = text;
        this.theme = Theme.installed();
        this.onChoose = onChoose;
        setName("picker");
        int gap = theme.integer("Holdpoint.key.gap");

        JTextArea title = ReadOnlyText.wrapping(text.get("picker.title"));
        title.putClientProperty("FlatLaf.styleClass", "h0");
        signedIn.putClientProperty("FlatLaf.styleClass", "h3");
        settings = new JButton(text.get("picker.settings"));
        settings.setName("picker.settings");
        settings.addActionListener(e -> onSettings.run());
        audit = new JButton(text.get("picker.audit"));
        audit.setName("picker.audit");
        audit.addActionListener(e -> onAudit.run());
        JButton signOut = new JButton(text.get("picker.signOut"));
        signOut.setName("picker.signOut");
        for (JButton button : new JButton[] {settings, audit, signOut}) {
            // No focus ring: it would take two pixels of the 64 a finger needs.
            button.putClientProperty("FlatLaf.style", "focusWidth: 0");
            button.setFocusable(false);
            TouchTarget.atLeastMinimum(button, theme);
        }
        signOut.addActionListener(e -> onSignOut.run());
        // Title and the signed-in name share what the buttons leave; a long name wraps under the title.
        JPanel top = new JPanel(new MigLayout("insets " + gap + " " + 2 * gap + " " + gap + " " + 2 * gap
                + ", fillx, hidemode 3, gap " + gap, "[grow, fill][][][]", "[]"));
        JPanel who = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 0", "[grow, fill]"));
        who.add(title, "wmin 0");
        who.add(signedIn, "wmin 0");
        top.add(who, "wmin 0");
        for (JButton button : new JButton[] {audit, settings, signOut}) {
            top.add(button, "growy");
        }
        add(top, "wrap");

        search.setName("picker.search");
        search.putClientProperty("JTextField.placeholderText", text.get("picker.search"));
        search.putClientProperty("JTextField.showClearButton", true);
        search.putClientProperty("FlatLaf.styleClass", "h3");
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                rebuild();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                rebuild();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                rebuild();
            }
        });
        keyboard = new JToggleButton(text.get("picker.keyboard"));
        keyboard.setName("picker.keyboard");
        keyboard.putClientProperty("FlatLaf.styleClass", "hpBig");
        keyboard.setFocusable(false);
        TouchTarget.atLeastMinimum(keyboard, theme);
        searchRow = new JPanel(new MigLayout("insets 0 " + 2 * gap + " " + gap + " " + 2 * gap + ", fillx, gap "
                + gap, "[grow, fill][]", "[fill]"));
        searchRow.add(search, "wmin 0, hmin " + theme.touchMinimum() + "px");
        searchRow.add(keyboard);
        searchRow.setVisible(false);
        add(searchRow, "wrap");
        letters = new LetterPad(theme, text, search);
        letters.setVisible(false);
        keyboard.addActionListener(e -> {
            letters.setVisible(keyboard.isSelected());
            revalidate();
        });
        add(letters, "wrap, gapx " + 2 * gap + " " + 2 * gap + ", gapbottom " + gap);

        groups = new ScrollableRows(new MigLayout("insets 0 " + 2 * gap + " " + 2 * gap + " " + 2 * gap
                + ", fillx, wrap 1, gap 0 " + gap, "[grow, fill]"), theme.touchMinimum() / 2);
        groups.setName("picker.groups");
        scroll = TouchScroll.of(groups, theme, theme.touchMinimum() / 2);
        add(scroll);
        groups.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                offerSearchIfLong();
            }
        });
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (library != null && columnsFor(scroll.getViewport().getWidth()) != columns) {
                    rebuild();
                }
                offerSearchIfLong();
            }
        });
    }

    /** Shows the library as the signed-in therapist may see it, scrolled to the top, search cleared. */
    public void show(ProtocolLibrary.Loaded library, String therapist, boolean administrator) {
        show(library, therapist, administrator, protocol -> true);
    }

    /**
     * As {@link #show(ProtocolLibrary.Loaded, String, boolean)}; a protocol {@code mayRun} refuses (needling
     * without a valid dry-needling credential) is shown greyed with the reason and cannot be chosen.
     */
    public void show(ProtocolLibrary.Loaded library, String therapist, boolean administrator,
                     Predicate<Protocol> mayRun) {
        this.mayRun = mayRun;
        this.library = library;
        this.administrator = administrator;
        signedIn.setText(text.get("picker.signedIn", therapist));
        settings.setVisible(administrator);
        audit.setVisible(administrator);
        keyboard.setSelected(false);
        letters.setVisible(false);
        searchRow.setVisible(false);
        if (!search.getText().isEmpty()) {
            search.setText(""); // rebuilds
        } else {
            rebuild();
        }
    }

    /** Protocols whose title, condition or any muscle contains every word typed (any case). */
    static boolean matches(Protocol protocol, List<String> muscles, String query) {
        String haystack = (protocol.title() + " " + protocol.condition().title() + " " + String.join(" ", muscles))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private List<String> muscles(Protocol protocol) {
        return protocol.steps().stream().flatMap(step -> TimelineExpander.targetOf(step).stream())
                .map(target -> library.catalog().muscle(target.muscle()).map(Muscle::name).orElse(target.muscle()))
                .distinct().toList();
    }

    private int columnsFor(int width) {
        int card = theme.dimension("Holdpoint.tile.minimumSize").width;
        int gap = theme.size("Holdpoint.key.gap");
        int usable = Math.max(0, width - 4 * gap);
        return Math.max(1, Math.min(3, (usable + gap) / (card + gap)));
    }

    private void rebuild() {
        if (library == null) {
            return;
        }
        int width = scroll.getViewport().getWidth();
        columns = columnsFor(width > 0 ? width : getWidth());
        groups.removeAll();
        String query = search.getText();
        Map<Condition, List<Protocol>> byCondition = new TreeMap<>(library.protocols().stream()
                .filter(p -> query.isBlank() || matches(p, muscles(p), query))
                .collect(Collectors.groupingBy(Protocol::condition)));
        if (byCondition.isEmpty()) {
            JLabel none = new JLabel(text.get(library.protocols().isEmpty() ? "picker.none" : "picker.noMatch"));
            none.setName("picker.empty");
            none.putClientProperty("FlatLaf.styleClass", "h2");
            groups.add(none, "wmin 0");
        }
        int gap = theme.integer("Holdpoint.key.gap");
        byCondition.forEach((condition, protocols) -> {
            JPanel section = new JPanel(new MigLayout("insets 0, fillx, wrap " + columns + ", gap " + gap + " "
                    + gap, "[grow, fill, sg card, 0:0:]".repeat(columns)));
            section.setName("picker.condition." + condition.word());
            section.setOpaque(false);
            JTextArea heading = ReadOnlyText.wrapping(text.get("condition." + condition.name()));
            heading.setName("picker.heading." + condition.word());
            heading.putClientProperty("FlatLaf.styleClass", "h1");
            section.add(heading, "span " + columns + ", wmin 0, gaptop " + gap);
            protocols.stream().sorted(Comparator.comparing(Protocol::title))
                    .forEach(protocol -> section.add(card(protocol), "wmin 0, growy"));
            groups.add(section, "wmin 0");
        });
        List<ProtocolLibrary.FileResult> invalid = library.invalid();
        if (administrator && (!invalid.isEmpty() || library.catalogProblems().stream().anyMatch(Problem::isError))) {
            groups.add(invalidPanel(library), "gaptop " + 2 * gap + ", wmin 0");
        }
        groups.revalidate();
        groups.repaint();
        scrollToTop();
    }

    /**
     * A library longer than the screen gets a search field; a short one does not need it. While something is
     * typed (or the letters are open) it stays, so the list does not jump under the therapist's fingers.
     */
    private void offerSearchIfLong() {
        int viewport = scroll.getViewport().getHeight();
        if (viewport <= 0 || !search.getText().isEmpty() || keyboard.isSelected()) {
            return;
        }
        // Compared with the height the list would have without the search row, so showing it cannot undo itself.
        int withoutSearch = viewport + (searchRow.isVisible() ? searchRow.getHeight() : 0);
        boolean needed = groups.getPreferredSize().height > withoutSearch;
        if (needed != searchRow.isVisible()) {
            searchRow.setVisible(needed);
            revalidate();
        }
    }

    private void scrollToTop() {
        scroll.getViewport().setViewPosition(new Point(0, 0));
        // Once more after the layout the revalidation queued, which may move the view.
        SwingUtilities.invokeLater(() -> {
            scroll.getViewport().setViewPosition(new Point(0, 0));
            offerSearchIfLong();
        });
    }

    private JPanel card(Protocol protocol) {
        Timeline timeline = TimelineExpander.expand(protocol);
        JPanel card = new JPanel(new MigLayout("insets " + theme.integer("Holdpoint.key.gap") * 4 / 3
                + ", fillx, wrap 1", "[grow, fill]"));
        card.setName("protocol." + protocol.id());
        card.putClientProperty("FlatLaf.styleClass", "hpCard");
        card.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        JTextArea title = ReadOnlyText.wrapping(protocol.title());
        title.setName("protocol." + protocol.id() + ".title");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        long minutes = Math.max(1, Math.round(timeline.totalPlanned().toSeconds() / 60.0));
        JTextArea facts = ReadOnlyText.wrapping(text.get("picker.duration", minutes) + "  \u00B7  "
                + text.get("picker.steps", timeline.size()));
        facts.putClientProperty("FlatLaf.styleClass", "h3");
        JTextArea techniques = ReadOnlyText.wrapping(protocol.techniques().stream().map(t -> text.get("technique." + t))
                .collect(Collectors.joining(", ")));
        card.add(title, "wmin 0");
        card.add(facts, "wmin 0");
        card.add(techniques, "wmin 0");
        if (protocol.consentRequired()) {
            JTextArea consent = ReadOnlyText.wrapping(text.get("picker.needsConsent"));
            consent.putClientProperty("FlatLaf.style", "foreground: $Component.warning.focusedBorderColor");
            card.add(consent, "wmin 0");
        }
        boolean available = mayRun.test(protocol);
        if (!available) {
            // Shown, not hidden: the therapist learns why it is not offered instead of wondering where it went.
            JTextArea why = ReadOnlyText.wrapping(text.get("picker.needsCredential"));
            why.setName("protocol." + protocol.id() + ".unavailable");
            why.putClientProperty("FlatLaf.style", "foreground: $Holdpoint.warning");
            card.add(why, "wmin 0");
            card.setCursor(Cursor.getDefaultCursor());
            for (Component part : card.getComponents()) {
                if (part != why) {
                    part.setForeground(theme.color("Holdpoint.text.muted"));
                }
            }
        }
        MouseAdapter choose = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                // A finger that dragged the list was scrolling, not choosing.
                if (available && !e.isConsumed() && !TouchScroll.isDragging(card)) {
                    onChoose.accept(protocol);
                }
            }
        };
        // The whole card is the touch target: its texts take no mouse events (ReadOnlyText), so taps on them
        // reach the card.
        card.addMouseListener(choose);
        return card;
    }

    private JPanel invalidPanel(ProtocolLibrary.Loaded library) {
        JPanel panel = new JPanel(new MigLayout("insets 16, fillx, wrap 1", "[grow, fill]"));
        panel.setName("picker.invalid");
        JTextArea heading = ReadOnlyText.wrapping(text.get("picker.invalid.title", library.invalid().size()));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(heading, "wmin 0");
        panel.add(ReadOnlyText.wrapping(text.get("picker.invalid.hint")), "wmin 0");
        StringBuilder lines = new StringBuilder();
        library.catalogProblems().forEach(p -> lines.append(p.toString(text.locale())).append('\n'));
        library.invalid().forEach(f -> f.problems().forEach(p -> lines.append(p.toString(text.locale())).append('\n')));
        JTextArea problems = ReadOnlyText.wrapping(lines.toString().strip());
        problems.setName("picker.invalid.problems");
        panel.add(problems, "wmin 0");
        return panel;
    }
}
