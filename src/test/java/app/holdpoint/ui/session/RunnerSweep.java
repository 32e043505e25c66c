package app.holdpoint.ui.session;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.testsupport.ManualWakes;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.LayoutCheck;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.shell.StatusStrip;
import app.holdpoint.ui.model.RunnerDisplay;
import app.holdpoint.ui.theme.Theme;

/**
 * The runner's layout sweep: the real runner screen, in the kiosk frame's arrangement (status strip above it),
 * stepped through every phase a protocol's timeline expands to, with the rating and needle-count panels opened
 * where a phase asks for them. Each phase is checked with {@link LayoutCheck} and the countdown's digits are
 * measured as painted. One frame per screen size and theme; a new runner per protocol and side.
 */
final class RunnerSweep {
    /** Digits at least this share of the screen's height, landscape and portrait (issue 11). */
    static final double LANDSCAPE_DIGITS = 0.25;
    static final double PORTRAIT_DIGITS = 0.18;

    private final SessionFlowFixture fx;
    private final ScreenSize size;
    private final Theme.Variant variant;
    private final Optional<Path> shots;
    private final List<String> problems = new ArrayList<>();
    private double smallestDigits = Double.MAX_VALUE;
    private int phasesChecked;

    RunnerSweep(SessionFlowFixture fx, ScreenSize size, Theme.Variant variant, Optional<Path> shots) {
        this.fx = fx;
        this.size = size;
        this.variant = variant;
        this.shots = shots;
    }

    List<String> problems() {
        return problems;
    }

    /** The lowest digit height seen, in pixels. */
    double smallestDigits() {
        return smallestDigits;
    }

    int phasesChecked() {
        return phasesChecked;
    }

    /** Every protocol, with the sides a therapist could choose (left; both where the protocol asks). */
    RunnerSweep sweep(ProtocolLibrary.Loaded library, List<Protocol> protocols) {
        Theme theme = Frames.installFor(size, variant);
        KioskServices base = fx.services();
        KioskServices services = new KioskServices(base.store(), library, theme, base.text(), fx.ticker(),
                base.clock(), ManualWakes::new, base.sound(), base.reads(), base.dataDirectory(), base.settings());
        JPanel screen = GuiActionRunner.execute(() -> new JPanel(new BorderLayout()));
        StatusStrip strip = GuiActionRunner.execute(() -> new StatusStrip(services));
        JPanel root = GuiActionRunner.execute(() -> StatusStrip.frameContent(strip, screen));
        // Laid out in a frame that is never shown: the layout is the kiosk's, and nothing is painted but the
        // sample renderings (painting every phase at 2560x1600 would take most of the sweep's time).
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("sweep");
            f.setUndecorated(true);
            f.setContentPane(root);
            f.addNotify();
            f.setSize(size.dimension());
            f.validate();
            return f;
        });
        try {
            for (Protocol protocol : protocols) {
                List<Optional<Side>> sides = protocol.asksSide() ? List.of(Optional.of(Side.LEFT),
                        Optional.of(Side.BOTH)) : List.of(Optional.<Side>empty());
                for (Optional<Side> side : sides) {
                    run(services, protocol, TimelineExpander.expand(protocol, side), screen, root);
                }
            }
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
        return this;
    }

    private void run(KioskServices services, Protocol protocol, Timeline timeline, JPanel screen, JPanel root) {
        int longest = timeline.phases().stream().max(Comparator.comparingInt(p -> cueLength(p)))
                .map(Phase::index).orElse(-1);
        int firstPress = timeline.phases().stream().filter(p -> p.kind() == PhaseKind.PRESS).findFirst()
                .map(Phase::index).orElse(-1);
        RunnerScreen runner = GuiActionRunner.execute(() -> {
            SessionEngine engine = new SessionEngine(timeline, services.ticker(), services.clock());
            EventRecorder recorder = new EventRecorder(services.store(), 0, new EventRecorder.Listener() {
                @Override
                public void saveFailed(Throwable cause, boolean diskFull) {
                }

                @Override
                public void saveRecovered() {
                }
            });
            RunnerScreen r = new RunnerScreen(services, engine, recorder, () -> { });
            screen.removeAll();
            screen.add(r);
            root.validate();
            r.start();
            return r;
        });
        String side = timeline.chosenSide().map(Side::word).orElse("");
        boolean rated = false;
        boolean counted = false;
        Set<String> seen = new HashSet<>();
        while (true) {
            Phase phase = GuiActionRunner.execute(() -> runner.engine().snapshot().phase().orElse(null));
            if (phase == null) {
                break;
            }
            String where = protocol.id() + (side.isEmpty() ? "" : " (" + side + ")") + " phase " + phase.index()
                    + " " + phase.kind() + " '" + abbreviate(phase.label()) + "'";
            String shot = protocol.id() + "-" + String.format(Locale.ROOT, "%02d", phase.index()) + "-"
                    + phase.kind().name().toLowerCase(Locale.ROOT) + (side.isEmpty() ? "" : "-" + side);
            RunnerDisplay display = GuiActionRunner.execute(runner::display);
            // The same words, clock and prompt lay out the same: a cycle's second PRESS adds nothing to check.
            String face = display.kind() + "|" + display.label() + "|" + display.cue() + "|" + display.next() + "|"
                    + display.target() + "|" + display.cycle().length() + "|" + display.clock().length() + "|"
                    + display.primaryLabel();
            boolean sample = (side.isEmpty() || side.equals("left"))
                    && (phase.index() == firstPress || phase.index() == longest);
            if (seen.add(face) || sample) {
                GuiActionRunner.execute(() -> {
                    validate(root);
                    checkRun(runner, root, where);
                    return null;
                });
                if (sample) {
                    write(root, shot);
                }
                RunnerDisplay.Primary primary = display.primary();
                if (primary == RunnerDisplay.Primary.RATE || primary == RunnerDisplay.Primary.COUNT_NEEDLES) {
                    boolean rate = primary == RunnerDisplay.Primary.RATE;
                    RunnerScreen.Card card = rate ? RunnerScreen.Card.RATE : RunnerScreen.Card.COUNT;
                    fx.ticker().advance(Duration.ofSeconds(1));   // past the dial's tap guard
                    RunnerScreen.Card shown = GuiActionRunner.execute(() -> {
                        runner.dial().activate();
                        validate(root);
                        return runner.card();
                    });
                    if (!card.equals(shown)) {
                        problems.add(where + ": a tap on the dial showed '" + shown + "', not the " + card
                                + " panel");
                    } else {
                        GuiActionRunner.execute(() -> {
                            check(root, where + " [" + card + " panel]");
                            return null;
                        });
                        if (rate ? !rated : !counted) {
                            write(root, protocol.id() + "-" + card.name().toLowerCase(Locale.ROOT));
                        }
                        rated |= rate;
                        counted |= !rate;
                        String cancel = rate ? "rating.cancel" : "count.cancel";
                        GuiActionRunner.execute(() -> button(runner, cancel).doClick());
                    }
                }
            }
            GuiActionRunner.execute(() -> runner.driver().command(runner.engine()::skip));
        }
        GuiActionRunner.execute(() -> runner.driver().stop());
    }

    private void checkRun(RunnerScreen runner, JPanel root, String where) {
        check(root, where);
        Rectangle2D ink = runner.dial().digitBounds();
        double digits = visible(runner.dial()) ? ink.getHeight() : 0.0;
        double needed = (size.portrait() ? PORTRAIT_DIGITS : LANDSCAPE_DIGITS) * size.height;
        smallestDigits = Math.min(smallestDigits, digits);
        if (digits < needed) {
            problems.add(where + ": the digits '" + runner.dial().digits() + "' are "
                    + Math.round(digits) + " px tall, less than " + Math.round(needed) + " px");
        }
        phasesChecked++;
    }

    private void check(JPanel root, String where) {
        int touch = Theme.installed().touchMinimum();
        for (String problem : LayoutCheck.problems(root, touch)) {
            problems.add(where + ": " + problem);
        }
    }

    private static void validate(Container root) {
        root.validate();
        // A wrapped text's height depends on its width: a second pass settles it, as the next tick's text
        // change does in the kiosk.
        invalidateAll(root);
        root.validate();
    }

    private static void invalidateAll(Container parent) {
        parent.invalidate();
        for (Component child : parent.getComponents()) {
            if (child instanceof Container c) {
                invalidateAll(c);
            } else {
                child.invalidate();
            }
        }
    }

    private void write(JPanel root, String name) {
        if (shots.isEmpty()) {
            return;
        }
        BufferedImage image = Frames.paint(root, size.width, size.height);
        Path file = shots.get().resolve("runner-" + name + "-" + size.label() + "-"
                + variant.name().toLowerCase(Locale.ROOT) + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AbstractButton button(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && name.equals(c.getName()) && visible(c)) {
                return b;
            }
            if (c instanceof Container inner) {
                AbstractButton found = button(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Visible up to the frame (which is never shown). */
    private static boolean visible(Component c) {
        for (Component at = c; at != null && !(at instanceof JFrame); at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int cueLength(Phase phase) {
        return (phase.cue() == null ? 0 : phase.cue().length()) + (phase.label() == null ? 0 : phase.label().length());
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 30 ? flat.substring(0, 30) + "…" : flat;
    }

}
