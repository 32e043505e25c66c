package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.RoundRectangle2D;

import javax.swing.JComponent;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.PhaseIcon;
import app.holdpoint.ui.theme.PhaseStyle;
import app.holdpoint.ui.theme.Theme;

/**
 * The phase at a glance: its icon and word in capitals (PRESS, RELAX…) on the kind's tint, and on the right
 * the cycle ("2 of 3") above the muscle and side. The word shrinks to fit a narrow banner rather than being cut.
 */
public final class PhaseBanner extends JComponent {
    private final Theme theme;
    private final Text text;
    private PhaseKind kind;
    private String word = "";
    private String cycle = "";
    private String target = "";

    public PhaseBanner(Theme theme, Text text) {
        this.theme = theme;
        this.text = text;
        setName("phaseBanner");
        setOpaque(false);
    }

    /**
     * Shows a phase. {@code cycles} of 1 shows no cycle; a null or blank muscle shows no target line; the side
     * is shown as the bundle words it (left, right, both sides).
     */
    public void show(PhaseKind kind, int cycle, int cycles, String muscle, Side side) {
        this.kind = kind;
        this.word = text.get("phase." + kind.name());
        this.cycle = cycles > 1 ? text.get("widget.cycle", cycle, cycles) : "";
        if (muscle == null || muscle.isBlank()) {
            this.target = "";
        } else {
            this.target = text.get("widget.target." + (side == null ? Side.ASK : side).name(), muscle);
        }
        revalidate();
        repaint();
    }

    public void clear() {
        kind = null;
        word = "";
        cycle = "";
        target = "";
        repaint();
    }

    public PhaseKind kind() {
        return kind;
    }

    /** The phase word as shown. */
    public String word() {
        return word;
    }

    public String cycleText() {
        return cycle;
    }

    public String targetText() {
        return target;
    }

    /** The word's font after fitting, for tests and layout checks. */
    public Font wordFont() {
        return fittedWordFont(getWidth());
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int padding = theme.integer("Holdpoint.banner.padding");
        Font wordFont = theme.font("Holdpoint.banner.word.font");
        int wordHeight = getFontMetrics(wordFont).getAscent();
        int icon = theme.integer("Holdpoint.banner.iconSize");
        return new Dimension(900, Math.max(icon, wordHeight) + 2 * padding);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (kind == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            PhaseStyle style = theme.phase(kind);
            int arc = theme.integer("Holdpoint.banner.arc");
            int padding = theme.integer("Holdpoint.banner.padding");
            g2.setColor(style.background());
            g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), arc, arc));
            g2.setColor(style.accent());
            g2.fill(new RoundRectangle2D.Double(0, 0, padding / 2.0, getHeight(), 4, 4));

            int iconSize = Math.min(theme.integer("Holdpoint.banner.iconSize"), getHeight() - 2 * padding);
            int x = padding * 2;
            new PhaseIcon(kind, iconSize, style.accent()).paintIcon(this, g2, x, (getHeight() - iconSize) / 2);
            x += iconSize + padding * 2;

            Font detailFont = theme.font("Holdpoint.banner.detail.font");
            FontRenderContext frc = g2.getFontRenderContext();
            Font wordFont = fittedWordFont(getWidth());
            g2.setFont(wordFont);
            g2.setColor(style.foreground());
            float capHeight = (float) wordFont.createGlyphVector(frc, "H").getVisualBounds().getHeight();
            g2.drawString(word, x, (getHeight() + capHeight) / 2f);

            g2.setFont(detailFont);
            float detailAscent = detailFont.getLineMetrics("Ag", frc).getAscent();
            float right = getWidth() - padding * 2f;
            if (!cycle.isEmpty() && !target.isEmpty()) {
                float gap = detailAscent * 0.5f;
                float top = (getHeight() - 2 * detailAscent - gap) / 2f;
                g2.drawString(cycle, right - (float) width(detailFont, cycle, frc), top + detailAscent);
                g2.drawString(target, right - (float) width(detailFont, target, frc), top + 2 * detailAscent + gap);
            } else {
                String only = cycle.isEmpty() ? target : cycle;
                g2.drawString(only, right - (float) width(detailFont, only, frc), (getHeight() + detailAscent) / 2f);
            }
        } finally {
            g2.dispose();
        }
    }

    /** The word font, shrunk when the word and the details would not fit side by side. */
    private Font fittedWordFont(int width) {
        Font wordFont = theme.font("Holdpoint.banner.word.font");
        if (width <= 0 || word.isEmpty()) {
            return wordFont;
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int padding = theme.integer("Holdpoint.banner.padding");
        int iconSize = theme.integer("Holdpoint.banner.iconSize");
        Font detailFont = theme.font("Holdpoint.banner.detail.font");
        double detailWidth = Math.max(width(detailFont, cycle, frc), width(detailFont, target, frc));
        double available = width - iconSize - padding * 6 - detailWidth - padding * 2;
        double needed = width(wordFont, word, frc);
        if (needed <= available || available <= 0) {
            return wordFont;
        }
        return wordFont.deriveFont((float) (wordFont.getSize2D() * available / needed));
    }

    private static double width(Font font, String s, FontRenderContext frc) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth();
    }
}
