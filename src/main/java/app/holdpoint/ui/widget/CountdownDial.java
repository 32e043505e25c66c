package app.holdpoint.ui.widget;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import javax.swing.JComponent;
import javax.swing.Timer;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.ui.theme.Painting;
import app.holdpoint.ui.theme.PhaseStyle;
import app.holdpoint.ui.theme.Theme;
import java.awt.Rectangle;
import java.util.List;
import java.util.ArrayList;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.Shape;

/**
 * The countdown: digits a quarter of the screen tall inside a progress track, in the current phase's colours.
 * Three modes: counting down (remaining time, the track empties), counting up for a hold-until-release (elapsed
 * time, the track fills towards the cap with marks at the minimum, the warning point and the cap), and waiting
 * for a confirmation (elapsed time, a dashed track).
 *
 * <p>A press anywhere on it is the primary action (confirm, mark release): it fires the action listeners, once,
 * however many taps follow within the theme's tap-guard window. Keys and pedals should call {@link #activate()}
 * so they share the same guard. Nothing here runs a clock: the screen passes the time on each wake-up and the
 * dial repaints only when what it shows has changed.
 */
public final class CountdownDial extends JComponent implements PaintedText {
    public enum Mode { IDLE, COUNTDOWN, COUNT_UP, WAITING }

    /** The action command of the primary action. */
    public static final String PRIMARY = "primary";

    private final Theme theme;
    private final LongSupplier nanoClock;
    private final TapGuard guard;
    private final Timer flashTimer;

    private Mode mode = Mode.IDLE;
    private PhaseKind kind;
    private String digits = "";
    private String caption = "";
    private boolean paused;
    private double progress;
    private double minMark = -1;
    private double warnMark = -1;
    private boolean warning;
    private long flashStart;
    private boolean flashing;
    /** True while the flash timer repaints; such a repaint keeps {@link #underFlash}. */
    private boolean flashFrame;
    /** The dial as painted under a fading flash; null when not kept. */
    private BufferedImage underFlash;
    /** The track's corner radius as a share of the dial's shorter side (0.5: fully rounded ends). */
    private double cornerShare = 0.5;

    /** Glyph-height-to-font-size ratio of the countdown font, measured once per font. */
    private Font measuredFont;
    private double digitHeightPerPoint;

    public CountdownDial(Theme theme, LongSupplier nanoClock) {
        this(theme, nanoClock, Duration.ofMillis(theme.integer("Holdpoint.countdown.tapGuardMillis")));
    }

    public CountdownDial(Theme theme, LongSupplier nanoClock, Duration tapGuard) {
        this.theme = theme;
        this.nanoClock = nanoClock;
        this.guard = new TapGuard(nanoClock, tapGuard);
        // A wake-up only: the flash's brightness is recomputed from the clock on every tick.
        this.flashTimer = new Timer(30, e -> onFlashTick());
        setName("countdownDial");
        setOpaque(false);
        setFocusable(false);
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                // On press, not click: a finger that slides a little between press and release is still a tap.
                activate();
            }
        });
    }

    public void addActionListener(ActionListener listener) {
        listenerList.add(ActionListener.class, listener);
    }

    public void removeActionListener(ActionListener listener) {
        listenerList.remove(ActionListener.class, listener);
    }

    /**
     * The primary action, as a tap on the dial would do it. Returns false (and fires nothing) when the dial is
     * disabled or the activation came within the tap-guard window of the last one.
     */
    public boolean activate() {
        if (!isEnabled() || !guard.accept()) {
            return false;
        }
        ActionEvent event = new ActionEvent(this, ActionEvent.ACTION_PERFORMED, PRIMARY);
        for (ActionListener listener : listenerList.getListeners(ActionListener.class)) {
            listener.actionPerformed(event);
        }
        return true;
    }

    /** The colours of this phase kind; null for the neutral dial. */
    public void setPhase(PhaseKind kind) {
        if (this.kind != kind) {
            this.kind = kind;
            repaint();
        }
    }

    public PhaseKind phase() {
        return kind;
    }

    /**
     * Counting down: the track shows what is left of the total. With the engine's snapshot, {@code total} is
     * {@code elapsed + remaining}, so an extension (+15 s) lengthens the track rather than refilling it.
     */
    public void showCountdown(Duration remaining, Duration total) {
        long remainingNanos = Math.max(0, remaining.toNanos());
        // Round up, so 0:00 shows only when the time is really up.
        long seconds = (remainingNanos + 999_999_999L) / 1_000_000_000L;
        double fraction = total.isZero() || total.isNegative() ? 0 : remainingNanos / (double) total.toNanos();
        update(Mode.COUNTDOWN, Durations.clock(Duration.ofSeconds(seconds)), fraction, -1, -1, false);
    }

    /**
     * Counting up in a hold-until-release: the track fills towards {@code max}, with marks where release becomes
     * allowed ({@code min}) and where the warning starts ({@code warn}); past the warning it turns the warning
     * colour.
     */
    public void showCountUp(Duration elapsed, Duration min, Duration warn, Duration max) {
        double maxNanos = Math.max(1, max.toNanos());
        long elapsedNanos = Math.max(0, elapsed.toNanos());
        update(Mode.COUNT_UP, Durations.clock(Duration.ofSeconds(elapsedNanos / 1_000_000_000L)),
                elapsedNanos / maxNanos, min.toNanos() / maxNanos, warn.toNanos() / maxNanos,
                elapsed.compareTo(warn) >= 0);
    }

    /** Waiting for a confirmation: the time since the wait began, on a dashed track. */
    public void showWaiting(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        update(Mode.WAITING, Durations.clock(Duration.ofSeconds(seconds)), 1, -1, -1, false);
    }

    /** No time to show. */
    public void showIdle() {
        update(Mode.IDLE, "", 0, -1, -1, false);
    }

    private void update(Mode newMode, String newDigits, double newProgress, double newMin, double newWarn,
            boolean newWarning) {
        double clamped = Math.max(0, Math.min(1, newProgress));
        boolean sameFace = newMode == mode && newDigits.equals(digits) && newWarning == warning
                && newMin == minMark && newWarn == warnMark;
        // Repaint only for a visible change: the digits, or the track moving by a pixel or so.
        boolean moved = Math.abs(clamped - progress) >= 0.0015;
        double old = progress;
        mode = newMode;
        digits = newDigits;
        minMark = newMin;
        warnMark = newWarn;
        warning = newWarning;
        if (!sameFace) {
            progress = clamped;
            repaint();
        } else if (moved) {
            progress = clamped;
            // Between two seconds only the end of the track moves: repaint that piece, not the whole dial.
            repaint(trackDirtyArea(Math.min(old, clamped), Math.max(old, clamped)));
        }
    }

    /** The area to repaint when the track's end moves between two fractions. */
    Rectangle trackDirtyArea(double from, double to) {
        Stadium track = track(getWidth(), getHeight());
        int grow = theme.size("Holdpoint.countdown.ringWidth") + theme.size("Holdpoint.countdown.markWidth")
                + theme.size("Holdpoint.countdown.inset");
        Rectangle dirty = track.segment(Math.max(0, from - 0.002), Math.min(1, to + 0.002)).getBounds();
        dirty.grow(grow, grow);
        return dirty;
    }

    /**
     * Rounds the track's corners less (a portrait dial): its straight sides then leave the digits the dial's
     * whole width instead of the narrow middle of a stadium.
     */
    public void setCornerShare(double share) {
        if (share != cornerShare) {
            cornerShare = share;
            repaint();
        }
    }

    /**
     * The texts that did not fit whole: the digits when even squeezed they are wider than the dial, the caption
     * when it had to shrink below {@link #MIN_CAPTION_SHARE} of its size to fit (no longer readable from the
     * table).
     */
    @Override
    public List<String> clippedTexts() {
        Layout layout = layout(getWidth(), getHeight());
        List<String> clipped = new ArrayList<>();
        if (layout.glyphs != null && !new Rectangle2D.Double(0, 0, getWidth(), getHeight())
                .contains(layout.glyphs.getBounds2D())) {
            clipped.add(digits);
        }
        if (!caption.isEmpty() && layout.captionFont.getSize2D()
                < MIN_CAPTION_SHARE * theme.font("Holdpoint.countdown.caption.font").getSize2D()) {
            clipped.add(caption);
        }
        return clipped;
    }

    /** Below this share of its size a caption no longer reads from two metres. */
    static final float MIN_CAPTION_SHARE = 0.6f;

    /** A short line under the digits, e.g. "tap when released" or "paused"; empty for none. */
    public void setCaption(String caption) {
        String value = caption == null ? "" : caption;
        if (!value.equals(this.caption)) {
            this.caption = value;
            repaint();
        }
    }

    public String caption() {
        return caption;
    }

    /** Paused: the track is drawn dashed, the digits stay as they are. */
    public void setPaused(boolean paused) {
        if (this.paused != paused) {
            this.paused = paused;
            repaint();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    public Mode mode() {
        return mode;
    }

    /** The digits as shown, e.g. {@code 1:30}. */
    public String digits() {
        return digits;
    }

    /** The share of the track drawn, 0–1. */
    public double progress() {
        return progress;
    }

    /** A bright wash over the dial that fades out, for cues in a noisy room. */
    public void flash() {
        flashStart = nanoClock.getAsLong();
        flashing = true;
        if (!flashTimer.isRunning()) {
            flashTimer.start();
        }
        repaint();
    }

    /** True while a flash is still fading. */
    public boolean isFlashing() {
        return flashing;
    }

    /** One wake-up of the flash timer; package-private for tests that drive the clock themselves. */
    void onFlashTick() {
        if (flashLevel() <= 0) {
            flashing = false;
            flashTimer.stop();
        }
        flashFrame = true;
        try {
            repaint();
        } finally {
            flashFrame = false;
        }
    }

    /** Any repaint but a flash frame's means the dial itself changed: the kept picture under the flash is stale. */
    @Override
    public void repaint(long tm, int x, int y, int width, int height) {
        if (!flashFrame) {
            underFlash = null;
        }
        super.repaint(tm, x, y, width, height);
    }

    /** Whether the dial under a fading flash is kept as a picture now (for tests). */
    boolean keepsPictureUnderFlash() {
        return underFlash != null;
    }

    /** 1 at the start of a flash, falling to 0 at its end. */
    double flashLevel() {
        if (!flashing) {
            return 0;
        }
        double elapsed = (nanoClock.getAsLong() - flashStart) / 1e6;
        double length = theme.integer("Holdpoint.flash.millis");
        double t = elapsed / length;
        return t >= 1 ? 0 : Math.pow(1 - t, 2);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        return new Dimension(theme.scaled(900), theme.scaled(520));
    }

    private PhaseStyle style() {
        return kind == null ? theme.neutral() : theme.phase(kind);
    }

    /** Where the digits' glyphs are drawn, in this component's coordinates: the ink, not the font's box. */
    public Rectangle2D digitBounds() {
        Layout layout = layout(getWidth(), getHeight());
        return layout.glyphs == null ? new Rectangle2D.Double() : layout.glyphs.getBounds2D();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = Painting.smooth(g);
        try {
            // During the flash's 30 frames only the flash changes: paint the dial once and compose it with each
            // frame, instead of filling the digits' outlines 30 times (most of what a tap then waited for on the
            // Event Dispatch Thread, ./bench.sh taps). Only where a pixel is a pixel (no HiDPI scaling).
            if (flashing && (g2.getTransform().getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
                if (underFlash == null || underFlash.getWidth() != getWidth()
                        || underFlash.getHeight() != getHeight()) {
                    underFlash = new BufferedImage(Math.max(1, getWidth()), Math.max(1, getHeight()),
                            BufferedImage.TYPE_INT_ARGB_PRE);
                    Graphics2D picture = Painting.smooth(underFlash.createGraphics());
                    try {
                        paintDial(picture);
                    } finally {
                        picture.dispose();
                    }
                }
                g2.drawImage(underFlash, 0, 0, null);
                paintFlash(g2);
                return;
            }
            underFlash = null;
            paintDial(g2);
            paintFlash(g2);
        } finally {
            g2.dispose();
        }
    }

    /** Everything but the flash. */
    private void paintDial(Graphics2D g2) {
        PhaseStyle style = style();
        int arc = theme.size("Holdpoint.countdown.arc");
        g2.setColor(style.background());
        g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), arc, arc));
        Layout layout = layout(getWidth(), getHeight());
        paintTrack(g2, layout.track, style);
        if (layout.glyphs != null) {
            g2.setColor(style.foreground());
            g2.fill(layout.glyphs);
        }
        if (!caption.isEmpty()) {
            g2.setFont(layout.captionFont);
            g2.setColor(style.foreground());
            float width = (float) layout.captionFont.getStringBounds(caption, g2.getFontRenderContext()).getWidth();
            g2.drawString(caption, (getWidth() - width) / 2f, layout.captionBaseline);
        }
    }

    private void paintTrack(Graphics2D g2, Stadium track, PhaseStyle style) {
        float ring = theme.size("Holdpoint.countdown.ringWidth");
        g2.setStroke(new BasicStroke(ring, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(mix(style.accent(), style.background(), 0.25));
        g2.draw(track.full());
        if (mode == Mode.IDLE) {
            return;
        }
        g2.setColor(style.accent());
        if (mode == Mode.WAITING || paused) {
            float dash = ring * 1.6f;
            g2.setStroke(new BasicStroke(ring, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {dash, dash * 0.8f}, 0f));
            g2.draw(mode == Mode.WAITING ? track.full() : track.partial(progress));
        } else if (mode == Mode.COUNT_UP && warnMark >= 0 && progress > warnMark) {
            // Past the warning point the rest of the track turns the warning colour.
            g2.draw(track.partial(warnMark));
            g2.setColor(theme.color("Holdpoint.warning"));
            g2.draw(track.segment(warnMark, progress));
        } else if (progress > 0) {
            g2.draw(track.partial(progress));
        }
        if (mode == Mode.COUNT_UP) {
            paintMark(g2, track, minMark, ring, style.foreground(), false);
            paintMark(g2, track, warnMark, ring, theme.color("Holdpoint.warning"), false);
            paintMark(g2, track, 1.0, ring, theme.color("Holdpoint.danger"), true);
        }
    }

    /** A tick across the track; the cap's is twice as thick, so the marks differ by shape as well as colour. */
    private void paintMark(Graphics2D g2, Stadium track, double at, float ring, Color color, boolean heavy) {
        if (at < 0 || at > 1) {
            return;
        }
        Point2D p = track.pointAt(at >= 1 ? 0.9999 : at);
        Point2D n = track.normalAt(at >= 1 ? 0.9999 : at);
        double reach = ring * 0.5 + theme.size("Holdpoint.countdown.inset") * 0.8;
        float width = theme.size("Holdpoint.countdown.markWidth") * (heavy ? 2f : 1f);
        Line2D tick = new Line2D.Double(p.getX() - n.getX() * reach, p.getY() - n.getY() * reach,
                p.getX() + n.getX() * reach, p.getY() + n.getY() * reach);
        g2.setStroke(new BasicStroke(width + 4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(style().background());
        g2.draw(tick);
        g2.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.setColor(color);
        g2.draw(tick);
    }

    private void paintFlash(Graphics2D g2) {
        double level = flashLevel();
        if (level <= 0) {
            return;
        }
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (0.6 * level)));
        g2.setColor(theme.color("Holdpoint.flash.color"));
        int arc = theme.size("Holdpoint.countdown.arc");
        g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), arc, arc));
    }

    private static Color mix(Color a, Color b, double share) {
        return new Color((int) Math.round(a.getRed() * share + b.getRed() * (1 - share)),
                (int) Math.round(a.getGreen() * share + b.getGreen() * (1 - share)),
                (int) Math.round(a.getBlue() * share + b.getBlue() * (1 - share)));
    }

    /** Where everything goes at a given size; pure geometry, recomputed per paint (cheap next to painting). */
    private Layout layout(int width, int height) {
        int ring = theme.size("Holdpoint.countdown.ringWidth");
        double edge = edge();
        Stadium track = track(width, height);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Font captionFont = theme.font("Holdpoint.countdown.caption.font");
        double captionRoom = 2 * (track.halfWidthAt(track.perimeter() > 0 ? height / 4.0 : 0) - ring) * 0.9;
        double captionWidth = caption.isEmpty() ? 0 : captionFont.getStringBounds(caption, frc).getWidth();
        if (captionWidth > captionRoom && captionRoom > 0) {
            // A long caption gets smaller rather than running over the track.
            captionFont = captionFont.deriveFont((float) (captionFont.getSize2D() * captionRoom / captionWidth));
        }
        double captionHeight = caption.isEmpty() ? 0 : captionFont.getLineMetrics(caption, frc).getAscent();
        double captionGap = caption.isEmpty() ? 0 : captionHeight * 0.6;
        if (digits.isEmpty() || width <= 0 || height <= 0) {
            return new Layout(track, null, captionFont, (float) (height / 2.0 + captionHeight / 2));
        }
        Font base = theme.font("Holdpoint.countdown.font");
        double perPoint = digitHeightPerPoint(base, frc);
        double glyphHeight = theme.decimal("Holdpoint.countdown.digitRatio") * height;
        double innerHalfHeight = height / 2.0 - edge - ring / 2.0;
        glyphHeight = Math.min(glyphHeight, 2 * innerHalfHeight - 2 * (captionHeight + captionGap) - ring);
        // Too wide between the ends of the track: first narrow the digits (down to the theme's squeeze), only
        // then make them lower.
        double minSqueeze = theme.decimal("Holdpoint.countdown.minSqueeze");
        double squeeze = 1;
        for (int pass = 0; pass < 4; pass++) {
            double available = 2 * (track.halfWidthAt(glyphHeight / 2 + ring) - ring) * 0.94;
            double textWidth = base.deriveFont((float) (glyphHeight / perPoint))
                    .getStringBounds(digits, frc).getWidth();
            squeeze = Math.max(minSqueeze, Math.min(1, available / textWidth));
            if (textWidth * squeeze <= available) {
                break;
            }
            glyphHeight *= available / (textWidth * squeeze);
        }
        Font font = base.deriveFont((float) (glyphHeight / perPoint));
        GlyphVector vector = font.createGlyphVector(frc, digits);
        Rectangle2D logical = vector.getLogicalBounds();
        Rectangle2D ink = vector.getVisualBounds();
        double blockHeight = ink.getHeight() + captionGap + captionHeight;
        double top = (height - blockHeight) / 2;
        double x = (width - logical.getWidth() * squeeze) / 2 - logical.getX() * squeeze;
        double y = top - ink.getY();
        AffineTransform place = new AffineTransform();
        place.translate(x, y);
        place.scale(squeeze, 1);
        Shape glyphs = place.createTransformedShape(vector.getOutline());
        float captionBaseline = (float) (top + ink.getHeight() + captionGap + captionHeight);
        return new Layout(track, glyphs, captionFont, captionBaseline);
    }

    /** From the dial's border to the middle of the track: room for the marks that cross it. */
    private double edge() {
        return theme.size("Holdpoint.countdown.inset") + theme.size("Holdpoint.countdown.ringWidth") / 2.0
                + theme.size("Holdpoint.countdown.markWidth");
    }

    private Stadium track(int width, int height) {
        double edge = edge();
        return new Stadium(edge, edge, width - 2 * edge, height - 2 * edge, cornerShare);
    }

    private double digitHeightPerPoint(Font base, FontRenderContext frc) {
        if (!Objects.equals(base, measuredFont)) {
            Font reference = base.deriveFont(100f);
            double h = reference.createGlyphVector(frc, "0123456789").getVisualBounds().getHeight();
            digitHeightPerPoint = h / 100.0;
            measuredFont = base;
        }
        return digitHeightPerPoint;
    }

    private record Layout(Stadium track, Shape glyphs, Font captionFont, float captionBaseline) {
    }
}
