package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.sound.sampled.LineUnavailableException;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JRootPane;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.Components;
import app.holdpoint.testsupport.ManualWakes;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.LayoutCheck;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.shell.AdminPinOverlay;
import app.holdpoint.ui.shell.KioskFixture;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.settings.LiveSettings;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.model.SessionPreparation;
import app.holdpoint.ui.screen.FirstAdminScreen;
import app.holdpoint.ui.screen.InterruptedScreen;
import app.holdpoint.ui.screen.PickerScreen;
import app.holdpoint.ui.screen.SettingsScreen;
import app.holdpoint.ui.screen.SignInScreen;
import app.holdpoint.ui.screen.TherapistsScreen;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.testsupport.Edt;

/**
 * The layout sweep for every kiosk screen but the runner: each at every {@link ScreenSize}, in both themes, built
 * from the shipped library and a store with 14 therapists and three interrupted sessions, has no layout problem
 * ({@link LayoutCheck}: every control on screen and at least the scaled touch minimum, nothing overlapping, no
 * text cut). Each rendering is written to {@code target/layout-sweep/<screen>-<size>-<theme>.png} to look at.
 */
@GuiTest
class ScreensSweepTest {
    private static final Path OUT = Path.of("target/layout-sweep");

    @TempDir
    static Path data;
    private static Stores.Opened opened;
    private static SessionStore store;
    private static ProtocolLibrary.Loaded library;
    private static ProtocolLibrary.Loaded german;
    private static ExecutorService reads;
    private static CuePlayer sound;
    private static final Clock CLOCK = Clock.fixed(KioskFixture.T0, ZoneOffset.UTC);

    @BeforeAll
    static void seed() {
        KioskFixture.seed(data, seeded -> {
            KioskFixture.therapist(seeded, "Anna Lee", Role.ADMIN, "9999");
            Therapist tom = KioskFixture.therapist(seeded, "Tom Berger", Role.THERAPIST, "2468");
            KioskFixture.therapist(seeded, "Maximiliane Oberhuber-Lindqvist", Role.ADMIN, "1357");
            String[] names = {"Kim Okafor", "Maria Santos", "Jonas Weber", "Aiko Tanaka", "Lena Novak",
                "Omar Haddad", "Sofia Rossi", "Piotr Zielinski", "Grace Mensah", "Liam O'Connor", "Eva Lindgren"};
            for (String name : names) {
                KioskFixture.therapist(seeded, name, Role.THERAPIST, "8642");
            }
            KioskFixture.runningSession(seeded, tom, "KM-0412", 3);
            KioskFixture.runningSession(seeded, tom, "TR-1187-LONGREF", 1);
            KioskFixture.runningSession(seeded, tom, "AB-22", 0);
        });
        opened = Stores.forKiosk(data, Optional.empty(), KioskFixture.config());
        store = opened.store();
        library = TestProtocols.shipped();
        german = TestProtocols.shipped(Locale.GERMAN);
        reads = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sweep-reads");
            thread.setDaemon(true);
            return thread;
        });
        sound = new CuePlayer(format -> {
            throw new LineUnavailableException("the sweep is silent");
        });
    }

    @AfterAll
    static void close() {
        sound.close();
        reads.shutdownNow();
        opened.close();
    }

    /** Every size in both themes in English; German (longer words) at the sizes German tablets use most. */
    static Stream<Arguments> screens() {
        String only = System.getProperty("sweep.sizes", "");
        Stream<Arguments> english = Stream.of(ScreenSize.values()).flatMap(size -> Stream.of(Theme.Variant.values())
                .map(variant -> Arguments.of(size, variant, Locale.ENGLISH)));
        Stream<Arguments> german = ScreenSize.GERMAN_PASS.stream()
                .map(size -> Arguments.of(size, Theme.Variant.DARK, Locale.GERMAN));
        return Stream.concat(english, german)
                .filter(a -> only.isBlank() || only.contains(((ScreenSize) a.get()[0]).name()))
                .filter(a -> ScreenSize.languageSwept((Locale) a.get()[2]));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("screens")
    void everyScreenFitsAndCanBeUsed(ScreenSize size, Theme.Variant variant, Locale language) {
        Text text = new Text(language);
        ProtocolLibrary.Loaded lib = language.equals(Locale.GERMAN) ? german : library;
        Theme theme = Frames.installFor(size, variant);
        KioskServices services = new KioskServices(store, lib, theme, text, new FakeTicker(), CLOCK,
                ManualWakes::new, sound, reads, data, new LiveSettings(data, KioskSettings.DEFAULTS));
        SignedIn tom = new SignedIn(store.therapist("Tom Berger").orElseThrow(),
                Stores.await(store.verifyPin("Tom Berger", "2468".toCharArray())).signature().orElseThrow());
        FakeAdmin admin = new FakeAdmin(Stores.await(store.verifyPin("Anna Lee", "9999".toCharArray())).signature()
                .orElseThrow());
        JFrame frame = Frames.show(GuiActionRunner.execute(() -> new JPanel()), size);
        Sweep sweep = new Sweep(frame, theme, size, variant, ScreenSize.shots(OUT, language));
        try {
            sweep.check("first-start", () -> {
                FirstAdminScreen first = new FirstAdminScreen(theme, text, store, () -> { });
                first.reset();
                return first;
            }, () -> true);
            sweep.check("first-start-name", () -> {
                FirstAdminScreen first = new FirstAdminScreen(theme, text, store, () -> { });
                first.reset();
                ((AbstractButton) find(first, "firstAdmin.begin")).doClick(0);
                return first;
            }, () -> true);

            SignInScreen[] signIn = new SignInScreen[1];
            sweep.check("sign-in", () -> {
                signIn[0] = new SignInScreen(theme, text, store, reads, CLOCK, who -> { });
                signIn[0].refresh();
                return signIn[0];
            }, () -> find(signIn[0], "tile.Eva Lindgren") != null);

            sweep.checkOverlay("admin-overlay", () -> {
                JPanel under = new JPanel();
                AdminPinOverlay overlay = new AdminPinOverlay(services, frame.getRootPane());
                overlay.authorize(text.get("kiosk.exit.purpose"), authorization -> { });
                return under;
            }, () -> find(frame.getRootPane().getGlassPane(), "admin.Anna Lee") != null);
            GuiActionRunner.execute(() -> {
                frame.getRootPane().getGlassPane().setVisible(false);
                return null;
            });

            sweep.check("picker", () -> {
                PickerScreen picker = new PickerScreen(text, () -> { }, () -> { }, () -> { }, protocol -> { });
                picker.show(lib, "Maximiliane Oberhuber-Lindqvist", true);
                return picker;
            }, () -> true);

            // The longest screening list of the lib as shipped, whichever protocol has it.
            Protocol longest = lib.protocols().stream()
                    .max(Comparator.comparingInt(p -> p.screening().size())).orElseThrow();
            PrepareScreen[] prepare = new PrepareScreen[1];
            Supplier<JComponent> preparing = () -> {
                prepare[0] = new PrepareScreen(services, admin, longest, tom.therapist(),
                        new PrepareScreen.Listener() {
                            @Override
                            public void cancelled() {
                            }

                            @Override
                            public void start(SessionPreparation preparation) {
                            }
                        });
                return prepare[0];
            };
            sweep.check("prepare-client", preparing, () -> true);
            sweep.check("prepare-screening", () -> {
                JComponent screen = preparing.get();
                prepare[0].showPage(PrepareScreen.SCREENING);
                return screen;
            }, () -> true);
            // A returning client: "History from 20 Feb — any change since 20 Feb?" over today's questions.
            sweep.check("prepare-carry-over", () -> {
                JComponent screen = preparing.get();
                Map<String, Boolean> history = new LinkedHashMap<>();
                longest.screening().stream()
                        .filter(q -> q.asked() == ScreeningQuestion.Asked.HISTORY)
                        .forEach(q -> history.put(q.id(), false));
                prepare[0].preparation().clientReference("KM-0412");
                prepare[0].offerCarryOver(new PriorScreening(1,
                        KioskFixture.T0.minus(Duration.ofDays(10)), history));
                prepare[0].showPage(PrepareScreen.SCREENING);
                return screen;
            }, () -> true);
            // Both sides on the protocol with the most trigger points: more than the cap, one refused.
            Protocol mostPoints = lib.protocols().stream().filter(Protocol::asksSide)
                    .max(Comparator.comparingInt(p -> TriggerPointPlan
                            .of(p, Side.BOTH, Map.of()).points().size())).orElseThrow();
            sweep.check("prepare-points", () -> {
                prepare[0] = new PrepareScreen(services, admin, mostPoints, tom.therapist(),
                        new PrepareScreen.Listener() {
                            @Override
                            public void cancelled() {
                            }

                            @Override
                            public void start(SessionPreparation preparation) {
                            }
                        });
                prepare[0].chooseSide(Side.BOTH);
                prepare[0].showPage(PrepareScreen.POINTS);
                var plan = prepare[0].preparation().plan().orElseThrow();
                for (var point : plan.leftOut(prepare[0].preparation().choice())) {
                    prepare[0].togglePoint(point, true);
                }
                return prepare[0];
            }, () -> true);
            sweep.check("prepare-pain", () -> {
                JComponent screen = preparing.get();
                prepare[0].showPage(PrepareScreen.PAIN);
                return screen;
            }, () -> true);

            sweep.check("override-reason", () -> {
                ReasonPanel reason = new ReasonPanel(theme, text, "override", () -> { });
                reason.ask(written -> { });
                return reason;
            }, () -> true);
            sweep.check("end-early-reason", () -> {
                ReasonPanel reason = new ReasonPanel(theme, text, "endEarly", () -> { });
                reason.ask(written -> { });
                return reason;
            }, () -> true);

            SessionRecord record = store.findInterrupted().get(0);
            Protocol ran = lib.byId(record.protocolId()).orElseThrow();
            var timeline = TimelineExpander.expand(ran, Optional.of(Side.LEFT), Optional.of(Map.of()));
            sweep.check("finish", () -> new FinishScreen(services, admin, tom, record.id(),
                    new SessionEngine(timeline, new FakeTicker(), CLOCK), new EventRecorder(store, record.id(),
                    new EventRecorder.Listener() {
                        @Override
                        public void saveFailed(Throwable cause, boolean diskFull) {
                        }

                        @Override
                        public void saveRecovered() {
                        }
                    }), (sealed, report) -> { }), () -> true);
            SessionReport report = SessionReport.from(timeline, store.events(record.id()), SealedTotals.TOLERANCE);
            sweep.check("summary", () -> new SummaryScreen(theme, text, record, report, () -> { }), () -> true);

            InterruptedScreen[] interrupted = new InterruptedScreen[1];
            sweep.check("interrupted", () -> {
                interrupted[0] = new InterruptedScreen(services, admin, (who, session) -> { }, () -> { });
                interrupted[0].refresh();
                return interrupted[0];
            }, () -> find(interrupted[0], "interrupted.rows") != null
                    && ((Container) find(interrupted[0], "interrupted.rows")).getComponentCount() == 3);

            TherapistsScreen[] therapists = new TherapistsScreen[1];
            sweep.check("therapists", () -> {
                therapists[0] = new TherapistsScreen(services, () -> { }, () -> { });
                therapists[0].refresh("Anna Lee");
                return therapists[0];
            }, () -> find(therapists[0], "therapists.disable.Eva Lindgren") != null);
            sweep.check("add-therapist", () -> {
                FirstAdminScreen adding = FirstAdminScreen.forAdding(theme, text, store, () -> { }, () -> { });
                adding.reset();
                return adding;
            }, () -> true);

            sweep.check("settings", () -> {
                SettingsScreen settings = new SettingsScreen(services, Optional::empty, () -> { }, () -> { }, () -> { });
                settings.load();
                return settings;
            }, () -> true);
        } finally {
            GuiActionRunner.execute(() -> {
                frame.dispose();
                return null;
            });
        }
        assertThat(sweep.problems).as(size.label() + " " + variant).isEmpty();
    }

    private static Component find(Component parent, String name) {
        if (name.equals(parent.getName())) {
            return parent;
        }
        return parent instanceof Container container ? Components.named(container, name)
                : null;
    }

    /** Shows each screen in the same frame, waits until it has its content, checks it and paints it. */
    private static final class Sweep {
        private final JFrame frame;
        private final Theme theme;
        private final ScreenSize size;
        private final Theme.Variant variant;
        private final List<String> problems = new ArrayList<>();
        private final Path out;

        Sweep(JFrame frame, Theme theme, ScreenSize size, Theme.Variant variant, Path out) {
            this.out = out;
            this.frame = frame;
            this.theme = theme;
            this.size = size;
            this.variant = variant;
        }

        void check(String screen, Supplier<JComponent> build, BooleanSupplier ready) {
            check(screen, build, ready, false);
        }

        /** An overlay over an empty screen: only the overlay (the glass pane) is checked. */
        void checkOverlay(String screen, Supplier<JComponent> build, BooleanSupplier ready) {
            check(screen, build, ready, true);
        }

        private void check(String screen, Supplier<JComponent> build, BooleanSupplier ready, boolean overlay) {
            GuiActionRunner.execute(() -> {
                frame.setContentPane(build.get());
                frame.validate();
                return null;
            });
            Edt.waitFor(screen + " has its content", Timeout.timeout(20_000), ready);
            // Twice: wrapped text learns its height from the first layout (and scrolled lists their extent).
            GuiActionRunner.execute(() -> {
                frame.getRootPane().validate();
                return null;
            });
            GuiActionRunner.execute(() -> {
                frame.getRootPane().validate();
                return null;
            });
            JRootPane root = frame.getRootPane();
            Container checked = overlay ? (Container) root.getGlassPane() : root;
            LayoutCheck.problems(checked, theme.touchMinimum()).forEach(p -> problems.add(screen + ": " + p));
            write(root, out.resolve(screen + "-" + size.label() + "-" + variant.name().toLowerCase(Locale.ROOT)
                    + ".png"));
        }

        private static void write(JRootPane root, Path file) {
            BufferedImage image = GuiActionRunner.execute(() -> {
                BufferedImage painted = new BufferedImage(root.getWidth(), root.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D g = painted.createGraphics();
                root.paint(g);
                g.dispose();
                return painted;
            });
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
