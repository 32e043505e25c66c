package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JLabel;

import com.formdev.flatlaf.ui.FlatUIUtils;
import javax.swing.CellRendererPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * A label whose text wraps at word boundaries when its width is too small for one line, instead of being cut
 * with an ellipsis. {@link #getText()} stays the plain text (no HTML), so it reads like any label. MigLayout
 * lays it out height-for-width (the {@code migLayout.dynamicAspectRatio} property); other layouts get one line
 * until the label has a width, then the height its lines need.
 */
public class WrapLabel extends JLabel implements PaintedText {
    private boolean relayoutPending;

    public WrapLabel(String text) {
        super(text);
        putClientProperty("migLayout.dynamicAspectRatio", Boolean.TRUE);
    }

    /**
     * A new width may need another number of lines: then the label asks for a new layout once this one is done
     * (a layout that gave it the width before knowing its height would otherwise keep the old height).
     */
    @Override
    @SuppressWarnings("deprecation")
    public void reshape(int x, int y, int width, int height) {
        boolean widthChanged = width != getWidth();
        super.reshape(x, y, width, height);
        // A renderer (in a CellRendererPane) is stamped at each cell's size: never a layout of its own.
        if (widthChanged && width > 0 && !relayoutPending && getParent() != null
                && !(getParent() instanceof CellRendererPane) && getPreferredSize().height != height) {
            relayoutPending = true;
            SwingUtilities.invokeLater(() -> {
                relayoutPending = false;
                if (getPreferredSize().height != getHeight()) {
                    invalidate();
                    revalidate();
                    repaint();
                }
            });
        }
    }

    /** The lines the text takes at the label's width (one line while it has none). */
    public List<String> lines() {
        Insets in = getInsets();
        return wrap(getText(), getFontMetrics(getFont()), getWidth() <= 0 ? Integer.MAX_VALUE
                : getWidth() - in.left - in.right);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet() || getText() == null || getIcon() != null) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        int single = fm.stringWidth(getText());
        int room = getWidth() - in.left - in.right;
        if (getWidth() <= 0 || single <= room) {
            return new Dimension(single + in.left + in.right, fm.getHeight() + in.top + in.bottom);
        }
        List<String> lines = wrap(getText(), fm, room);
        return new Dimension(getWidth(), lines.size() * fm.getHeight() + in.top + in.bottom);
    }

    /** As narrow as the longest word (a longer word is broken), as tall as the lines need at the width. */
    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet() || getText() == null || getIcon() != null) {
            return super.getMinimumSize();
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        int widest = 0;
        for (String piece : pieces(getText())) {
            widest = Math.max(widest, fm.stringWidth(piece.strip()));
        }
        int width = Math.min(widest, fm.charWidth('M') * 12) + in.left + in.right;
        return new Dimension(width, getPreferredSize().height);
    }

    /** The text when its lines need more height than the label has (or a character is wider than a line). */
    @Override
    public List<String> clippedTexts() {
        if (getText() == null || getText().isEmpty() || getWidth() <= 0) {
            return List.of();
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        int room = getWidth() - in.left - in.right;
        List<String> lines = lines();
        boolean tooWide = lines.stream().anyMatch(line -> fm.stringWidth(line) > room);
        boolean tooLow = lines.size() * fm.getHeight() > getHeight() - in.top - in.bottom + 2;
        return tooWide || tooLow ? List.of(getText()) : List.of();
    }

    @Override
    protected void paintComponent(Graphics g) {
        List<String> lines = lines();
        if (lines.size() <= 1 || getIcon() != null) {
            super.paintComponent(g);
            return;
        }
        if (isOpaque()) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        g.setColor(isEnabled() ? getForeground() : UIManager.getColor("Label.disabledForeground"));
        g.setFont(getFont());
        int height = lines.size() * fm.getHeight();
        int free = getHeight() - in.top - in.bottom;
        int y = in.top + Math.max(0, (free - height) / 2) + fm.getAscent();
        int room = getWidth() - in.left - in.right;
        int align = getHorizontalAlignment();
        for (String line : lines) {
            int x = in.left;
            if (align == CENTER) {
                x += (room - fm.stringWidth(line)) / 2;
            } else if (align == RIGHT || align == TRAILING && getComponentOrientation().isLeftToRight()) {
                x += room - fm.stringWidth(line);
            }
            FlatUIUtils.drawString(this, g, line, x, y);
            y += fm.getHeight();
        }
    }

    /**
     * Word wrap to {@code width} pixels, breaking at spaces and after hyphens (protocol ids are hyphenated); a
     * piece wider than a line is broken between characters.
     */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String piece : pieces(paragraph)) {
                String candidate = line + piece;
                if (fm.stringWidth(candidate.stripTrailing()) <= width) {
                    line.append(piece);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                String word = piece;
                while (fm.stringWidth(word.stripTrailing()) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && fm.stringWidth(word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The places a line may break: after each run of spaces and after each hyphen. */
    private static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean breakAfter = c == '-' || c == ' ' && (i + 1 == paragraph.length() || paragraph.charAt(i + 1) != ' ');
            if (breakAfter) {
                pieces.add(paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < paragraph.length()) {
            pieces.add(paragraph.substring(start));
        }
        return pieces;
    }
}
