package app.holdpoint.ui.screen;

import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.Problem;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.ui.Text;

/**
 * Protocols grouped by condition, one card each with title, duration, phase count and techniques. Files that
 * did not load are listed, with their located errors, for administrators only.
 */
public final class PickerScreen extends JPanel {
    private final Text text;
    private final Consumer<Protocol> onChoose;
    // Tracks the viewport's width, so long error lines wrap instead of widening every card.
    private final JPanel groups = new ScrollableRows(new MigLayout("insets 0 24 24 24, fillx, wrap 3, gap 16 16",
            "[33%, fill][33%, fill][33%, fill]"));
    private final JLabel signedIn = new JLabel();
    private final JButton settings;
    private final JButton audit;

    public PickerScreen(Text text, Runnable onSignOut, Runnable onSettings, Consumer<Protocol> onChoose) {
        this(text, onSignOut, onSettings, () -> { }, onChoose);
    }

    /** Settings and Audit show only to administrators (see {@link #show}). */
    public PickerScreen(Text text, Runnable onSignOut, Runnable onSettings, Runnable onAudit,
                        Consumer<Protocol> onChoose) {
        super(new MigLayout("insets 0, fill", "[grow, fill]", "[][grow, fill]"));
        this.text = text;
        this.onChoose = onChoose;
        setName("picker");

        JLabel title = new JLabel(text.get("picker.title"));
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
        }
        signOut.addActionListener(e -> onSignOut.run());
        JPanel top = new JPanel(new MigLayout("insets 16 24 16 24, fillx, hidemode 3", "[][grow][][][]", "[]"));
        top.add(title);
        top.add(signedIn, "right");
        // Sized through the component, not the layout: MigLayout subtracts FlatLaf's visual padding from "h 64!".
        for (JButton button : new JButton[] {audit, settings, signOut}) {
            button.setMinimumSize(new java.awt.Dimension(140, 64));
            button.setPreferredSize(new java.awt.Dimension(160, 64));
            top.add(button);
        }
        add(top, "wrap");

        JScrollPane scroll = new JScrollPane(groups, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(32);
        add(scroll);
    }

    /** Shows the library as the signed-in therapist may see it. */
    public void show(ProtocolLibrary.Loaded library, String therapist, boolean administrator) {
        signedIn.setText(text.get("picker.signedIn", therapist));
        settings.setVisible(administrator);
        audit.setVisible(administrator);
        groups.removeAll();
        Map<Condition, List<Protocol>> byCondition = new TreeMap<>(library.protocols().stream()
                .collect(Collectors.groupingBy(Protocol::condition)));
        if (byCondition.isEmpty()) {
            JLabel none = new JLabel(text.get("picker.none"));
            none.putClientProperty("FlatLaf.styleClass", "h2");
            groups.add(none, "span 3");
        }
        byCondition.forEach((condition, protocols) -> {
            JLabel heading = new JLabel(condition.title());
            heading.putClientProperty("FlatLaf.styleClass", "h1");
            groups.add(heading, "span 3, gaptop 16");
            protocols.stream().sorted((a, b) -> a.title().compareTo(b.title()))
                    .forEach(protocol -> groups.add(card(protocol), "growy"));
        });
        List<ProtocolLibrary.FileResult> invalid = library.invalid();
        if (administrator && (!invalid.isEmpty() || library.catalogProblems().stream().anyMatch(Problem::isError))) {
            groups.add(invalidPanel(library), "newline, span 3, gaptop 24, wmin 0");
        }
        groups.revalidate();
        groups.repaint();
    }

    private JPanel card(Protocol protocol) {
        Timeline timeline = TimelineExpander.expand(protocol);
        JPanel card = new JPanel(new MigLayout("insets 16, fillx, wrap 1", "[grow, fill]"));
        card.setName("protocol." + protocol.id());
        card.putClientProperty("FlatLaf.style", "arc: 16; background: lighten($Panel.background, 6%)");
        card.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        JLabel title = new JLabel(protocol.title());
        title.putClientProperty("FlatLaf.styleClass", "h2");
        long minutes = Math.max(1, Math.round(timeline.totalPlanned().toSeconds() / 60.0));
        JLabel facts = new JLabel(text.get("picker.duration", minutes) + "  ·  "
                + text.get("picker.steps", timeline.size()));
        facts.putClientProperty("FlatLaf.styleClass", "h3");
        JTextArea techniques = Labels.wrapping(protocol.techniques().stream().map(t -> text.get("technique." + t))
                .collect(Collectors.joining(", ")));
        card.add(title);
        card.add(facts);
        card.add(techniques, "wmin 0");
        if (protocol.consentRequired()) {
            JLabel consent = new JLabel(text.get("picker.needsConsent"));
            consent.putClientProperty("FlatLaf.style", "foreground: $Component.warning.focusedBorderColor");
            card.add(consent);
        }
        MouseAdapter choose = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                onChoose.accept(protocol);
            }
        };
        // The whole card is the touch target: its labels and text have no mouse listeners, so taps on them
        // reach the card.
        card.addMouseListener(choose);
        return card;
    }

    private JPanel invalidPanel(ProtocolLibrary.Loaded library) {
        JPanel panel = new JPanel(new MigLayout("insets 16, fillx, wrap 1", "[grow, fill]"));
        panel.setName("picker.invalid");
        JLabel heading = new JLabel(text.get("picker.invalid.title", library.invalid().size()));
        heading.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(heading);
        panel.add(Labels.wrapping(text.get("picker.invalid.hint")), "wmin 0");
        StringBuilder lines = new StringBuilder();
        library.catalogProblems().forEach(p -> lines.append(p).append('\n'));
        library.invalid().forEach(f -> f.problems().forEach(p -> lines.append(p).append('\n')));
        JTextArea problems = Labels.wrapping(lines.toString().strip());
        problems.setName("picker.invalid.problems");
        panel.add(problems, "wmin 0");
        return panel;
    }
}
