package app.holdpoint.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.BodyMapMark.Point;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.ui.theme.PhaseIcon;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.BodyMap;
import app.holdpoint.ui.widget.ClientRefPad;
import app.holdpoint.ui.widget.CountdownDial;
import app.holdpoint.ui.widget.PainScale;
import app.holdpoint.ui.widget.PhaseBanner;
import app.holdpoint.ui.widget.PinPad;

/**
 * Renders the widgets at 1280×800 in both themes into docs/screenshots/: a runner-like page (banner, dial, body
 * map, controls), an input page (phase icons, pain scale, keypads) and a page of the dial's other modes. Run
 * with the test classpath under a display (see docs/architecture.md, "UI building blocks"):
 * {@code xvfb-run -a java -cp target/classes:target/test-classes:... app.holdpoint.ui.WidgetGallery}.
 */
public final class WidgetGallery {
    public static final Dimension SCREEN = new Dimension(1280, 800);

    private WidgetGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        render(folder);
    }

    /** Writes widgets-, widgets-inputs- and widgets-modes-{dark,light}.png into the folder. */
    public static void render(Path folder) throws IOException, InterruptedException, InvocationTargetException {
        GuiTestExtension.requireDisplay();
        Files.createDirectories(folder);
        for (Theme.Variant variant : Theme.Variant.values()) {
            String suffix = variant.name().toLowerCase(Locale.ROOT);
            BufferedImage[] images = new BufferedImage[3];
            SwingUtilities.invokeAndWait(() -> {
                Theme theme = Theme.install(variant);
                Text text = new Text(Locale.ENGLISH);
                images[0] = snapshot(runnerPage(theme, text));
                images[1] = snapshot(inputPage(theme, text));
                images[2] = snapshot(modesPage(theme, text));
            });
            ImageIO.write(images[0], "png", folder.resolve("widgets-" + suffix + ".png").toFile());
            ImageIO.write(images[1], "png", folder.resolve("widgets-inputs-" + suffix + ".png").toFile());
            ImageIO.write(images[2], "png", folder.resolve("widgets-modes-" + suffix + ".png").toFile());
        }
    }

    /** What the runner screen is made of, in the proportions it will likely have. */
    static JPanel runnerPage(Theme theme, Text text) {
        JPanel page = new JPanel(new MigLayout("insets 16, gap 16 12, fill", "[grow, fill][360!, fill]",
                "[][grow, fill][]"));
        PhaseBanner banner = new PhaseBanner(theme, text);
        banner.show(PhaseKind.PRESS, 2, 3, "Upper trapezius", Side.LEFT);
        page.add(banner, "span 2, growx, wrap");

        CountdownDial dial = new CountdownDial(theme, System::nanoTime);
        dial.setPhase(PhaseKind.PRESS);
        dial.showCountdown(Duration.ofSeconds(47).plusMillis(300), Duration.ofSeconds(90));
        dial.setCaption("then RELAX 30 s");
        page.add(dial, "h 520!");

        BodyMap map = new BodyMap(theme, text);
        map.show(upperTrapezius(), Side.LEFT);
        page.add(map, "wrap");

        JPanel controls = new JPanel(new MigLayout("insets 0, gap 12, fillx",
                "[grow, fill][grow, fill][grow, fill][grow, fill][grow, fill]"));
        controls.setOpaque(false);
        controls.add(new BigButton(theme, "Pause"));
        controls.add(new BigButton(theme, "+15 s"));
        controls.add(new BigButton(theme, "Back"));
        controls.add(new BigButton(theme, "Skip"));
        controls.add(new BigButton(theme, "End early"));
        page.add(controls, "span 2, growx");
        return page;
    }

    /** Inputs: every phase's icon and colour, the pain scale, the PIN and client-reference pads. */
    static JPanel inputPage(Theme theme, Text text) {
        JPanel page = new JPanel(new MigLayout("insets 16, gap 16 12, fill", "[400!, fill][grow, fill]",
                "[][][grow, fill]"));
        JPanel icons = new JPanel(new MigLayout("insets 0, gap 6, fillx", "[grow, fill]".repeat(13)));
        icons.setOpaque(false);
        for (PhaseKind kind : PhaseKind.values()) {
            JLabel label = new JLabel(text.get("phase." + kind.name()),
                    new PhaseIcon(kind, 52, theme.phase(kind).accent()), SwingConstants.CENTER);
            label.setVerticalTextPosition(SwingConstants.BOTTOM);
            label.setHorizontalTextPosition(SwingConstants.CENTER);
            label.setOpaque(true);
            label.setBackground(theme.phase(kind).background());
            label.setForeground(theme.phase(kind).foreground());
            label.setFont(label.getFont().deriveFont(Font.BOLD, 13f));
            label.setBorder(BorderFactory.createEmptyBorder(8, 2, 8, 2));
            icons.add(label);
        }
        page.add(icons, "span 2, growx, wrap");

        PainScale pain = new PainScale(theme, text);
        pain.setValue(6);
        page.add(pain, "span 2, growx, wrap");

        PinPad pin = new PinPad(theme, text, 4, 8);
        for (char c : "2580".toCharArray()) {
            pin.type(c);
        }
        page.add(pin);
        ClientRefPad ref = new ClientRefPad(theme, text, 2, 24);
        for (char c : "KM-0412".toCharArray()) {
            ref.type(c);
        }
        page.add(ref);
        return page;
    }

    /** The dial's other modes, a banner in a narrow column, and body maps of a front and a two-sided mark. */
    static JPanel modesPage(Theme theme, Text text) {
        JPanel page = new JPanel(new MigLayout("insets 16, gap 16 12, fill", "[grow, fill][360!, fill]",
                "[grow, fill][grow, fill][140!, fill]"));
        CountdownDial release = new CountdownDial(theme, System::nanoTime);
        release.setPhase(PhaseKind.PRESS);
        release.showCountUp(Duration.ofSeconds(95), Duration.ofSeconds(60), Duration.ofSeconds(90),
                Duration.ofSeconds(120));
        release.setCaption("tap when released \u00B7 cap 2:00");
        page.add(release);
        BodyMap front = new BodyMap(theme, text);
        front.show(new BodyMapMark(BodyMapMark.View.FRONT, new Point(0.59, 0.49), List.of(
                new Point(0.6, 0.51), new Point(0.615, 0.55), new Point(0.605, 0.64), new Point(0.59, 0.72),
                new Point(0.588, 0.8), new Point(0.575, 0.93), new Point(0.56, 0.93), new Point(0.57, 0.8),
                new Point(0.575, 0.64), new Point(0.585, 0.55))), Side.RIGHT);
        page.add(front, "wrap");

        CountdownDial waiting = new CountdownDial(theme, System::nanoTime);
        waiting.setPhase(PhaseKind.SPRAY);
        waiting.showWaiting(Duration.ofSeconds(12));
        waiting.setCaption("tap when the sweeps are done");
        page.add(waiting);
        BodyMap back = new BodyMap(theme, text);
        back.show(new BodyMapMark(BodyMapMark.View.BACK, new Point(0.445, 0.515), List.of(
                new Point(0.485, 0.47), new Point(0.41, 0.48), new Point(0.385, 0.52), new Point(0.41, 0.58),
                new Point(0.415, 0.65), new Point(0.46, 0.65))), Side.BOTH);
        page.add(back, "wrap");

        PhaseBanner banner = new PhaseBanner(theme, text);
        banner.show(PhaseKind.NEEDLES_OUT, 1, 1, "Gluteus minimus", Side.RIGHT);
        page.add(banner);
        return page;
    }

    /** The upper trapezius as the catalog draws it (back view, left side). */
    static Muscle upperTrapezius() {
        BodyMapMark mark = new BodyMapMark(BodyMapMark.View.BACK, new Point(0.42, 0.175), List.of(
                new Point(0.455, 0.16), new Point(0.46, 0.13), new Point(0.454, 0.105), new Point(0.45, 0.08),
                new Point(0.453, 0.05), new Point(0.465, 0.05), new Point(0.462, 0.08), new Point(0.466, 0.105),
                new Point(0.472, 0.13), new Point(0.47, 0.16)));
        return new Muscle("upper-trapezius", "Upper trapezius", "neck and shoulder", "mid-belly", "temple",
                List.of(), List.of("S50"), mark);
    }

    /** Lays the page out in an undecorated 1280×800 frame and paints it into an image. Call on the EDT. */
    static BufferedImage snapshot(JComponent page) {
        JFrame frame = new JFrame("Holdpoint widgets");
        frame.setUndecorated(true);
        frame.setContentPane(page);
        frame.setSize(SCREEN);
        frame.setVisible(true);
        frame.validate();
        BufferedImage image = new BufferedImage(SCREEN.width, SCREEN.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(frame.getContentPane(), g);
        } finally {
            g.dispose();
            frame.dispose();
        }
        return image;
    }

    private static void paint(Component content, Graphics2D g) {
        content.paintAll(g);
    }
}
