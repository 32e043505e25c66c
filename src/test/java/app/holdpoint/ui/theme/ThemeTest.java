package app.holdpoint.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.swing.UIManager;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.ui.GuiTest;

@GuiTest
class ThemeTest {

    private static Theme install(Theme.Variant variant) {
        return GuiActionRunner.execute(() -> Theme.install(variant));
    }

    static Stream<Arguments> everyPhaseInEveryTheme() {
        List<Arguments> all = new ArrayList<>();
        for (Theme.Variant variant : Theme.Variant.values()) {
            for (PhaseKind kind : PhaseKind.values()) {
                all.add(Arguments.of(variant, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPhaseInEveryTheme")
    void phaseWordAndDigitsHaveAtLeastSevenToOneAgainstTheirTint(Theme.Variant variant, PhaseKind kind) {
        PhaseStyle style = GuiActionRunner.execute(() -> Theme.install(variant).phase(kind));
        assertThat(Contrast.ratio(style.foreground(), style.background()))
                .as("%s %s text on tint", variant, kind).isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPhaseInEveryTheme")
    void ringAndIconStandOutFromTheTint(Theme.Variant variant, PhaseKind kind) {
        PhaseStyle style = GuiActionRunner.execute(() -> Theme.install(variant).phase(kind));
        assertThat(Contrast.ratio(style.accent(), style.background()))
                .as("%s %s accent on tint", variant, kind).isGreaterThanOrEqualTo(Contrast.GRAPHICS);
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void everyOtherTextPairIsReadable(Theme.Variant variant) {
        Theme theme = install(variant);
        GuiActionRunner.execute(() -> {
            assertThat(Contrast.ratio(theme.neutral().foreground(), theme.neutral().background()))
                    .as("neutral dial").isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
            assertThat(Contrast.ratio(theme.color("Holdpoint.text.foreground"), theme.color("Panel.background")))
                    .as("text on the page").isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
            assertThat(Contrast.ratio(theme.color("Holdpoint.keypad.display.foreground"),
                    theme.color("Holdpoint.keypad.display.background"))).as("keypad entry")
                    .isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
            assertThat(Contrast.ratio(theme.color("Holdpoint.primary.foreground"),
                    theme.color("Holdpoint.primary.background"))).as("primary button")
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(Contrast.ratio(theme.color("Holdpoint.text.muted"), theme.color("Panel.background")))
                    .as("muted text").isGreaterThanOrEqualTo(4.5);
            for (int pain = 0; pain <= 10; pain++) {
                assertThat(Contrast.ratio(theme.color("Holdpoint.pain.foreground"), theme.pain(pain)))
                        .as("pain %d", pain).isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
                assertThat(Contrast.ratio(theme.color("Holdpoint.pain.selected"), theme.color("Panel.background")))
                        .as("selection ring").isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            }
            assertThat(Contrast.ratio(theme.color("Holdpoint.bodymap.point"),
                    theme.color("Holdpoint.bodymap.pointHalo"))).as("trigger point on its halo")
                    .isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            assertThat(Contrast.ratio(theme.color("Holdpoint.bodymap.outline"),
                    theme.color("Panel.background"))).as("body outline").isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            for (PhaseKind kind : PhaseKind.values()) {
                assertThat(Contrast.ratio(theme.color("Holdpoint.warning"), theme.phase(kind).background()))
                        .as("warning ring on %s", kind).isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void everyPhaseKindHasItsOwnColours(Theme.Variant variant) {
        Theme theme = install(variant);
        Set<Color> tints = new HashSet<>();
        Set<Color> accents = new HashSet<>();
        GuiActionRunner.execute(() -> {
            for (PhaseKind kind : PhaseKind.values()) {
                tints.add(theme.phase(kind).background());
                accents.add(theme.phase(kind).accent());
            }
        });
        assertThat(tints).hasSize(PhaseKind.values().length);
        assertThat(accents).hasSize(PhaseKind.values().length);
    }

    @Test
    void everyPhaseKindHasItsOwnIconShape() {
        List<int[]> masks = new ArrayList<>();
        for (PhaseKind kind : PhaseKind.values()) {
            BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            new PhaseIcon(kind, 64, Color.BLACK).paintIcon(null, g, 0, 0);
            g.dispose();
            int[] alpha = new int[64 * 64];
            int inked = 0;
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] = image.getRGB(i % 64, i / 64) >>> 24 > 127 ? 1 : 0;
                inked += alpha[i];
            }
            assertThat(inked).as("%s draws something", kind).isGreaterThan(150);
            masks.add(alpha);
        }
        for (int i = 0; i < masks.size(); i++) {
            for (int j = i + 1; j < masks.size(); j++) {
                int differ = 0;
                for (int p = 0; p < 64 * 64; p++) {
                    differ += masks.get(i)[p] != masks.get(j)[p] ? 1 : 0;
                }
                assertThat(differ).as("%s vs %s", PhaseKind.values()[i], PhaseKind.values()[j])
                        .isGreaterThan(200);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void everyKeyInOurPropertiesResolves(Theme.Variant variant) throws IOException {
        install(variant);
        List<String> keys = new ArrayList<>();
        for (String file : List.of("FlatLaf.properties", "FlatDarkLaf.properties", "FlatLightLaf.properties")) {
            keys.addAll(keysOf(file));
        }
        GuiActionRunner.execute(() -> {
            for (String key : keys) {
                if (key.startsWith("Holdpoint.")) {
                    assertThat(UIManager.get(key)).as(key).isNotNull();
                }
                if (key.endsWith(".font") && key.startsWith("Holdpoint.")) {
                    assertThat(UIManager.get(key)).as(key).isInstanceOf(Font.class);
                }
            }
        });
    }

    @Test
    void darkAndLightDefineTheSameColours() throws IOException {
        assertThat(new HashSet<>(keysOf("FlatDarkLaf.properties")))
                .isEqualTo(new HashSet<>(keysOf("FlatLightLaf.properties")));
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void sizesAreThePixelsWrittenInTheProperties(Theme.Variant variant) {
        Theme theme = install(variant);
        GuiActionRunner.execute(() -> {
            assertThat(theme.touchMinimum()).isEqualTo(64);
            assertThat(theme.font("defaultFont").getSize()).isEqualTo(20);
            assertThat(theme.font("Holdpoint.banner.word.font").getSize()).isEqualTo(96);
            assertThat(theme.dimension("Holdpoint.key.minimumSize").width).isEqualTo(96);
            assertThat(theme.decimal("Holdpoint.countdown.digitRatio")).isBetween(0.3f, 0.6f);
            assertThat(theme.variant()).isEqualTo(variant);
        });
    }

    @Test
    void switchingTheVariantChangesTheColoursSeenThroughTheSameTheme() {
        Theme theme = install(Theme.Variant.DARK);
        Color dark = GuiActionRunner.execute(() -> theme.phase(PhaseKind.RELAX).background());
        GuiActionRunner.execute(() -> theme.switchTo(Theme.Variant.LIGHT));
        Color light = GuiActionRunner.execute(() -> theme.phase(PhaseKind.RELAX).background());
        assertThat(Contrast.luminance(light)).isGreaterThan(Contrast.luminance(dark) + 0.5);
        assertThat(theme.variant()).isEqualTo(Theme.Variant.LIGHT);
    }

    @Test
    void aMissingKeySaysWhichAndWhere() {
        Theme theme = install(Theme.Variant.DARK);
        Throwable thrown = GuiActionRunner.execute(() -> {
            try {
                theme.color("Holdpoint.no.such.colour");
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });
        assertThat(thrown).hasMessageContaining("Holdpoint.no.such.colour").hasMessageContaining("properties");
    }

    private static List<String> keysOf(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Theme.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(in);
        }
        return Arrays.stream(properties.stringPropertyNames().toArray(String[]::new))
                .filter(k -> !k.startsWith("[") && !k.startsWith("@")).toList();
    }
}
