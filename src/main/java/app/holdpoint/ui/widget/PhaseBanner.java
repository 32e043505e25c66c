package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.RoundRectangle2D;

import java.util.ArrayList;
import java.util.List;

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
 * Stacked (portrait), the cycle sits in the word's row and the muscle and side get the full width below it.
 * What still does not fit whole is shortened and reported ({@link PaintedText}), never silently cut.
 */
public final class PhaseBanner extends JComponent implements PaintedText {
    /** Between the muscle and the side in widget.target.*; where the line may break. */
    private static final String SEPARATOR = "\u00B7";

    private final Theme theme;
    private final Text text;
    private PhaseKind kind;
    private String word = "";
    private String cycle = "";
    private String target = "";
    private boolean stacked;

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
        String target = muscle == null || muscle.isBlank() ? ""
                : text.get("widget.target." + (side == null ? Side.ASK : side).name(), muscle);
        show(kind, text.get("phase." + kind.name()), cycles > 1 ? text.get("widget.cycle", cycle, cycles) : "",
                target);
    }

    /**
     * Shows a phase with words the screen has already made (e.g. from its {@code RunnerDisplay}): the word is
     * put in capitals; an empty cycle or target leaves that line out. A target written "muscle · side" may be
     * broken at the dot when the banner is narrow.
     */
    public void show(PhaseKind kind, String word, String cycle, String target) {
        this.kind = kind;
        this.word = (word == null ? "" : word).toUpperCase(text.locale());
        this.cycle = cycle == null ? "" : cycle;
        this.target = target == null ? "" : target;
        revalidate();
        repaint();
    }

    /** Stacked: the muscle and side below the word (a portrait screen); else beside it. */
    public void setStacked(boolean stacked) {
        if (this.stacked != stacked) {
            this.stacked = stacked;
            revalidate();
            repaint();
        }
    }

    public boolean isStacked() {
        return stacked;
    }

    @Override
    public List<String> clippedTexts() {
        return kind == null ? List.of() : fit(getWidth()).clipped();
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
        return fit(getWidth()).wordFont();
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int gap = theme.size("Holdpoint.banner.gap");
        Font wordFont = theme.font("Holdpoint.banner.word.font");
        int wordHeight = getFontMetrics(wordFont).getAscent();
        int icon = theme.size("Holdpoint.banner.iconPixels");
        int row = Math.max(icon, wordHeight) + 2 * gap;
        if (stacked) {
            row += STACKED_LINES * detailLineHeight(theme.font("Holdpoint.banner.detail.font")) + gap;
        }
        return new Dimension(theme.scaled(stacked ? 600 : 900), row);
    }

    /** Lines of muscle and side a stacked banner has room for. */
    private static final int STACKED_LINES = 2;

    private int detailLineHeight(Font font) {
        return (int) Math.ceil(getFontMetrics(font).getAscent() * 1.4);
    }

    /** The height of the word's row: all of the banner beside, the top of it stacked. */
    private int wordRowHeight() {
        if (!stacked) {
            return getHeight();
        }
        int gap = theme.size("Holdpoint.banner.gap");
        return getHeight() - STACKED_LINES * detailLineHeight(theme.font("Holdpoint.banner.detail.font")) - gap;
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
            int arc = theme.size("Holdpoint.banner.arc");
            int gap = theme.size("Holdpoint.banner.gap");
            g2.setColor(style.background());
            g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), arc, arc));
            g2.setColor(style.accent());
            g2.fill(new RoundRectangle2D.Double(0, 0, gap / 2.0, getHeight(), 4, 4));

            int iconSize = iconSize();
            int rowHeight = wordRowHeight();
            new PhaseIcon(kind, iconSize, style.accent()).paintIcon(this, g2, gap * 2, (rowHeight - iconSize) / 2);

            Fit fit = fit(getWidth());
            FontRenderContext frc = g2.getFontRenderContext();
            g2.setColor(style.foreground());
            g2.setFont(fit.wordFont());
            float capHeight = (float) fit.wordFont().createGlyphVector(frc, "H").getVisualBounds().getHeight();
            float wordBaseline = (rowHeight + capHeight) / 2f;
            g2.drawString(word, wordX(), wordBaseline);

            g2.setFont(fit.detailFont());
            float detailAscent = fit.detailFont().getLineMetrics("Ag", frc).getAscent();
            float right = getWidth() - gap * 2f;
            if (stacked) {
                if (!cycle.isEmpty()) {
                    g2.drawString(cycle, right - (float) width(fit.detailFont(), cycle, frc), wordBaseline);
                }
                float top = rowHeight;
                for (String line : fit.target()) {
                    top += detailAscent;
                    g2.drawString(line, gap * 2f, top);
                    top += detailAscent * 0.4f;
                }
            } else {
                List<String> lines = new ArrayList<>();
                if (!cycle.isEmpty()) {
                    lines.add(cycle);
                }
                lines.addAll(fit.target());
                float lineGap = detailAscent * 0.5f;
                float top = (getHeight() - lines.size() * detailAscent - (lines.size() - 1) * lineGap) / 2f;
                for (String line : lines) {
                    top += detailAscent;
                    g2.drawString(line, right - (float) width(fit.detailFont(), line, frc), top);
                    top += lineGap;
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private int iconSize() {
        int gap = theme.size("Holdpoint.banner.gap");
        return Math.max(16, Math.min(theme.size("Holdpoint.banner.iconPixels"), wordRowHeight() - 2 * gap));
    }

    private int wordX() {
        int gap = theme.size("Holdpoint.banner.gap");
        return gap * 4 + iconSize();
    }

    /**
     * Fits the word and the details side by side. The word matters most: the details shrink first (to 65 %),
     * then the word (to 70 %), then the muscle line is shortened with an ellipsis (and reported as clipped).
     */
    private Fit fit(int width) {
        Font wordFont = theme.font("Holdpoint.banner.word.font");
        Font detailFont = theme.font("Holdpoint.banner.detail.font");
        List<String> lines = target.isEmpty() ? List.of() : List.of(target);
        if (width <= 0) {
            return new Fit(wordFont, detailFont, lines, List.of());
        }
        if (stacked) {
            return fitStacked(width, wordFont, detailFont);
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int gap = theme.size("Holdpoint.banner.gap");
        double space = width - wordX() - gap * 4.0;
        double wordWidth = width(wordFont, word, frc);
        int split = target.lastIndexOf(SEPARATOR);
        if (wordWidth + widest(detailFont, lines, frc) > space && cycle.isEmpty() && split > 0) {
            // With no cycle line, the muscle and the side may take a line each.
            lines = List.of(target.substring(0, split).strip(), target.substring(split + SEPARATOR.length()).strip());
        }
        List<String> details = new ArrayList<>(lines);
        if (!cycle.isEmpty()) {
            details.add(cycle);
        }
        double detailWidth = widest(detailFont, details, frc);
        if (wordWidth + detailWidth <= space) {
            return new Fit(wordFont, detailFont, lines, tooTall(detailFont, details.size(), frc));
        }
        double detailScale = Math.max(0.65, (space - wordWidth) / detailWidth);
        detailFont = detailFont.deriveFont(detailFont.getSize2D() * (float) detailScale);
        detailWidth *= detailScale;
        if (wordWidth + detailWidth > space) {
            double wordScale = Math.max(0.7, (space - detailWidth) / wordWidth);
            wordFont = wordFont.deriveFont(wordFont.getSize2D() * (float) wordScale);
            wordWidth *= wordScale;
        }
        List<String> clipped = new ArrayList<>(tooTall(detailFont, details.size(), frc));
        if (wordWidth > space) {
            clipped.add(word);
        }
        double room = space - wordWidth;
        List<String> shown = shorten(lines, detailFont, room, frc, clipped);
        if (!cycle.isEmpty() && width(detailFont, cycle, frc) > room) {
            clipped.add(cycle);
        }
        return new Fit(wordFont, detailFont, shown, clipped);
    }

    /** Word and cycle in the top row, the muscle and side on up to two lines of the full width below. */
    private Fit fitStacked(int width, Font wordFont, Font detailFont) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int gap = theme.size("Holdpoint.banner.gap");
        List<String> clipped = new ArrayList<>();
        double cycleWidth = width(detailFont, cycle, frc);
        double space = width - wordX() - gap * 2.0 - (cycle.isEmpty() ? 0 : cycleWidth + gap * 2.0);
        double wordWidth = width(wordFont, word, frc);
        if (wordWidth > space) {
            double wordScale = Math.max(0.6, space / wordWidth);
            wordFont = wordFont.deriveFont(wordFont.getSize2D() * (float) wordScale);
            if (wordWidth * wordScale > space) {
                clipped.add(word);
            }
        }
        double room = width - gap * 4.0;
        List<String> lines = target.isEmpty() ? List.of() : List.of(target);
        int split = target.lastIndexOf(SEPARATOR);
        if (widest(detailFont, lines, frc) > room && split > 0) {
            lines = List.of(target.substring(0, split).strip(), target.substring(split + SEPARATOR.length()).strip());
        }
        double widest = widest(detailFont, lines, frc);
        if (widest > room) {
            detailFont = detailFont.deriveFont(detailFont.getSize2D() * (float) Math.max(0.65, room / widest));
        }
        return new Fit(wordFont, detailFont, shorten(lines, detailFont, room, frc, clipped), clipped);
    }

    /** Each line as it fits in {@code room}, ellipsised if it must be; what was shortened goes to clipped. */
    private static List<String> shorten(List<String> lines, Font font, double room, FontRenderContext frc,
            List<String> clipped) {
        List<String> shown = new ArrayList<>();
        for (String line : lines) {
            String cut = line;
            while (cut.length() > 1 && width(font, cut, frc) > room) {
                cut = cut.substring(0, cut.length() - 2) + "\u2026";
            }
            if (!cut.equals(line)) {
                clipped.add(line);
            }
            shown.add(cut);
        }
        return shown;
    }

    /** The detail lines beside the word when they need more height than the banner has. */
    private List<String> tooTall(Font font, int count, FontRenderContext frc) {
        if (count == 0) {
            return List.of();
        }
        float ascent = font.getLineMetrics("Ag", frc).getAscent();
        double needed = count * ascent + (count - 1) * ascent * 0.5;
        return needed > getHeight() ? List.of(cycle + " " + target) : List.of();
    }

    private static double widest(Font font, List<String> lines, FontRenderContext frc) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, width(font, line, frc));
        }
        return widest;
    }

    private static double width(Font font, String s, FontRenderContext frc) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth();
    }

    /** The detail lines, as fitted: the muscle line may be split in two or shortened. */
    public List<String> detailLines() {
        List<String> lines = new ArrayList<>();
        if (!cycle.isEmpty()) {
            lines.add(cycle);
        }
        lines.addAll(fit(getWidth()).target());
        return lines;
    }

    private record Fit(Font wordFont, Font detailFont, List<String> target, List<String> clipped) {
    }
}
