package app.holdpoint.ui.session;

import java.awt.Dimension;
import java.awt.Rectangle;

import javax.swing.JPanel;
import javax.swing.JScrollPane;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ColumnPanel;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.BodyMap;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Side;
import java.awt.Point;
import javax.swing.BorderFactory;
import java.awt.Component;
import java.util.List;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JViewport;

/**
 * The runner's side information: the body map, the cue and what comes next, the session's progress, and a
 * message (a refused command, a failed write) with its retry button. The body map has a fixed share of the room
 * and the cue scrolls in what is left, so no text, however long, pushes a control or the dial out of place.
 * Beside the dial (landscape) it is a column; under it (portrait) the map sits left of the words.
 */
final class RunnerSide extends JPanel {
    private final Theme theme;
    final BodyMap bodyMap;
    final MessageArea cue;
    final MessageArea next;
    final MessageArea progress;
    final MessageArea message;
    final BigButton retry;
    /** The phase's precautions: on the alert colours, behind a bar and the word "Caution", never by colour alone. */
    final MessageArea caution;
    private final JScrollPane cautionScroll;
    private final JScrollPane words;
    private final Text text;
    private Boolean portrait;

    RunnerSide(Theme theme, Text text) {
        this.theme = theme;
        this.text = text;
        setName("runner.side");
        setOpaque(false);
        bodyMap = new BodyMap(theme, text);
        cue = new MessageArea(theme);
        cue.setName("runner.cue");
        cue.setFont(theme.font("Holdpoint.session.cue.font"));
        next = new MessageArea(theme);
        next.setName("runner.next");
        next.setForeground(theme.color("Holdpoint.text.muted"));
        progress = new MessageArea(theme);
        progress.setName("runner.progress");
        progress.setFont(theme.font("Holdpoint.session.small.font"));
        progress.setForeground(theme.color("Holdpoint.text.muted"));
        message = new MessageArea(theme);
        message.setName("runner.message");
        message.setVisible(false);
        retry = new BigButton(theme, text.get("runner.retrySave"));
        retry.setName("runner.retrySave");
        retry.setVisible(false);
        caution = new MessageArea(theme);
        caution.setName("runner.caution");
        caution.setFont(theme.font("Holdpoint.session.caution.font"));
        caution.show("", true);
        WordStack cautionStack = new WordStack();
        cautionStack.add(caution, "growx, wmin 0");
        cautionScroll = slimScroll(cautionStack);
        cautionScroll.setName("runner.cautions");
        cautionScroll.setVisible(false);
        WordStack stack = new WordStack();
        stack.add(cue, "growx, wmin 0");
        stack.add(next, "growx, wmin 0");
        words = slimScroll(stack);
        words.setName("runner.words");
        words.setOpaque(false);
        words.getViewport().setOpaque(false);
        arrange(false);
    }

    /** The body map only for a phase with a muscle: without one, its room goes to the words. */
    void showMap(Muscle muscle, Side side) {
        bodyMap.show(muscle, side);
        bodyMap.setVisible(muscle != null);
        revalidate();
    }

    /** Readies the map of the phase after this one while this one runs, so showing it costs no cutting then. */
    void prepareMap(Muscle next, Side side) {
        if (next != null && bodyMap.isShowing()) {
            bodyMap.prepare(next.map(), side);
        }
    }

    /** A new phase's words, shown from their first line (a text area would otherwise scroll to its end). */
    void showWords(String cueWords, String nextWords) {
        cue.setText(cueWords);
        next.setText(nextWords);
        cue.setCaretPosition(0);
        next.setCaretPosition(0);
        words.getViewport().setViewPosition(new Point(0, 0));
    }

    /**
     * A scrolling region for words. A slim bar only shows that there is more: the words themselves scroll under
     * a dragging finger, so the bar need not take a touch target's width from a narrow column.
     */
    private JScrollPane slimScroll(WordStack stack) {
        JScrollPane scroll = new JScrollPane(stack, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setPreferredSize(new Dimension(theme.size("Holdpoint.session.cue.barWidth"),
                0));
        scroll.getVerticalScrollBar().setUnitIncrement(theme.size("Holdpoint.session.cue.scrollUnit"));
        for (Component arrow : scroll.getVerticalScrollBar().getComponents()) {
            arrow.setVisible(false);   // arrows too small for a finger; dragging the words does their job
        }
        DragScroll drag = new DragScroll(scroll);
        stack.addMouseListener(drag);
        stack.addMouseMotionListener(drag);
        return scroll;
    }

    /**
     * The body map's share of the side: smaller while a caution strip shows, so the cue keeps room to be read.
     */
    private String mapConstraint() {
        boolean tall = Boolean.TRUE.equals(portrait);
        // Portrait: the caution sits beside the map, over the words, so the map keeps its width.
        int share = Math.round(theme.decimal(tall ? "Holdpoint.session.bodyMapShare.portrait"
                : cautionScroll.isVisible() ? "Holdpoint.session.bodyMapShare.caution"
                : "Holdpoint.session.bodyMapShare") * 100);
        // Hidden (no muscle) it keeps its cell at no size: with hidemode 3 the words would move up into a row
        // that does not grow and vanish.
        return tall ? "spany 5, growy, hmin 0, hidemode 2, w " + share + "%!"
                : "wmin 0, hidemode 2, h " + share + "%!";
    }

    /** The phase's precautions, one a line, or none (then the strip is gone). */
    void showCautions(List<String> lines) {
        boolean changed = cautionScroll.isVisible() == lines.isEmpty();
        cautionScroll.setVisible(!lines.isEmpty());
        if (changed && getLayout() instanceof MigLayout mig) {
            mig.setComponentConstraints(bodyMap, mapConstraint());
        }
        caution.setText(lines.isEmpty() ? "" : text.get("runner.caution") + " " + String.join("\n", lines));
        caution.setCaretPosition(0);
        cautionScroll.getViewport().setViewPosition(new Point(0, 0));
        revalidate();
    }

    /** Lays the side out for a portrait or a landscape runner; nothing happens when it already is. */
    void arrange(boolean portrait) {
        if (Boolean.valueOf(portrait).equals(this.portrait)) {
            return;
        }
        this.portrait = portrait;
        removeAll();
        int control = theme.integer("Holdpoint.session.control.height");
        if (portrait) {
            setLayout(new MigLayout("insets 0, fill, gap 12 8, hidemode 3", "[][grow, fill]",
                    "[][grow, fill][][][]"));
            add(bodyMap, mapConstraint());
            add(cautionScroll, "wmin 0, hidemode 2, h " + theme.integer("Holdpoint.session.caution.minHeight") + ":pref:"
                    + theme.integer("Holdpoint.session.caution.maxHeight.portrait") + ", wrap");
            add(words, "h 0:0, grow, push, wmin 0, wrap");
            add(progress, "wmin 0, wrap");
            add(message, "wmin 0, hidemode 3, wrap");
            add(retry, "hidemode 3, h " + control + "!");
        } else {
            setLayout(new MigLayout("insets 0, fill, wrap 1, gap 8, hidemode 3", "[grow, fill]",
                    "[][][grow, fill][][][]"));
            add(cautionScroll, "wmin 0, hidemode 2, h " + theme.integer("Holdpoint.session.caution.minHeight") + ":pref:"
                    + theme.integer("Holdpoint.session.caution.maxHeight"));
            add(bodyMap, mapConstraint());
            add(words, "h 0:0, grow, push, wmin 0");
            add(progress, "wmin 0");
            add(message, "wmin 0, hidemode 3");
            add(retry, "hidemode 3, h " + control + "!");
        }
        revalidate();
    }

    /** Moves the words with a finger: the point pressed stays under it. */
    private static final class DragScroll extends MouseAdapter {
        private final JScrollPane words;
        private int startY;
        private int startView;

        DragScroll(JScrollPane words) {
            this.words = words;
        }

        @Override
        public void mousePressed(MouseEvent e) {
            startY = e.getYOnScreen();
            startView = words.getViewport().getViewPosition().y;
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            JViewport viewport = words.getViewport();
            int most = Math.max(0, viewport.getView().getHeight() - viewport.getHeight());
            int y = Math.max(0, Math.min(most, startView - (e.getYOnScreen() - startY)));
            viewport.setViewPosition(new Point(0, y));
        }
    }

    /** The cue and the next step, one above the other, as wide as the scrolling region. */
    private static final class WordStack extends ColumnPanel {
        WordStack() {
            super(new MigLayout("insets 0, wrap 1, gap 8, fillx", "[grow, fill]"), 1);
            setOpaque(false);
        }

        /** Scrolls by an eighth of what shows: the cue's font is large, a fixed unit would crawl. */
        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(1, visible.height / 8);
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(1, visible.height * 3 / 4);
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
