package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.theme.Theme;

/**
 * The runner's layout sweep (issue 11): every shipped protocol, every phase its timeline expands to (left, and
 * both sides where the protocol asks), at every screen size (the light theme at {@link ScreenSize#LIGHT_PASS}),
 * laid out in the real runner under the kiosk's status strip. Every control on screen and at least the touch
 * minimum, nothing overlapping, no text cut (the banner and the dial report their own), the digits a quarter of
 * the screen tall in landscape and 18 % in portrait. Renderings of a sample go to {@code target/layout-sweep/}.
 */
@GuiTest
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class RunnerLayoutSweepTest {
    static final Path SHOTS = Path.of("target", "layout-sweep");

    @TempDir
    static Path folder;
    @TempDir
    static Path germanFolder;
    private static SessionFlowFixture fx;
    private static SessionFlowFixture german;
    private static ProtocolLibrary.Loaded shipped;
    private static ProtocolLibrary.Loaded shippedGerman;

    @BeforeAll
    static void open() {
        fx = SessionFlowFixture.open(folder);
        shipped = TestProtocols.shipped();
        german = SessionFlowFixture.openShipped(germanFolder, Locale.GERMAN);
        shippedGerman = TestProtocols.shipped(Locale.GERMAN);
    }

    @AfterAll
    static void close() {
        fx.close();
        german.close();
    }

    static Stream<Arguments> screens() {
        // While working on one size or language: -Dsweep.sizes=S1280x800,S800x1280 -Dsweep.languages=de (the build
        // always sweeps them all).
        String only = System.getProperty("sweep.sizes", "");
        // German, with its longer words, at the design size, portrait and the smallest tablet, dark only.
        // The light theme at the sizes of ScreenSize.LIGHT_PASS (it differs from the dark one in colours and a
        // pixel of a default button's border): the sweep was a seventh of the whole build.
        Stream<Arguments> english = Arrays.stream(ScreenSize.values()).flatMap(size -> Arrays.stream(
                Theme.Variant.values()).filter(variant -> variant == Theme.Variant.DARK
                        || ScreenSize.LIGHT_PASS.contains(size))
                .map(variant -> Arguments.of(size, variant, Locale.ENGLISH)));
        Stream<Arguments> germanPass = ScreenSize.GERMAN_PASS.stream()
                .map(size -> Arguments.of(size, Theme.Variant.DARK, Locale.GERMAN));
        return Stream.concat(english, germanPass)
                .filter(a -> only.isBlank() || only.contains(((ScreenSize) a.get()[0]).name()))
                .filter(a -> ScreenSize.languageSwept((Locale) a.get()[2]));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("screens")
    void everyPhaseOfEveryShippedProtocolFitsTheRunner(ScreenSize size, Theme.Variant variant, Locale language) {
        boolean inGerman = language.equals(Locale.GERMAN);
        ProtocolLibrary.Loaded library = inGerman ? shippedGerman : shipped;
        assertThat(library.allValid()).as("the shipped library loads").isTrue();
        assertThat(library.protocols()).hasSizeGreaterThanOrEqualTo(9);
        RunnerSweep sweep = new RunnerSweep(inGerman ? german : fx, size, variant,
                Optional.of(ScreenSize.shots(SHOTS, language))).sweep(library, library.protocols());
        System.out.printf("runner sweep %s %s %s: %d phases, smallest digits %.0f px (%.1f %% of the height)%n",
                size.label(), variant, language, sweep.phasesChecked(), sweep.smallestDigits(),
                100 * sweep.smallestDigits() / size.height);
        assertThat(sweep.phasesChecked()).isGreaterThan(100);
        assertThat(sweep.problems()).as("layout problems at " + size.label() + " " + variant + " " + language)
                .isEmpty();
    }
}
