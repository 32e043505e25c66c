package app.holdpoint.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.ui.GuiTest;

/** The declared style classes look exactly as the inline styles they replace, in both variants. */
@GuiTest
class StyleClassesTest {

    @AfterEach
    void darkAgain() {
        GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
    }

    private static <C extends JComponent> C styled(C component, String key, String value) {
        component.putClientProperty(key, value);
        return component;
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void aWarningLineIsTheMessageFontInTheWarningColour(Theme.Variant variant) {
        GuiActionRunner.execute(() -> {
            Theme.install(variant);
            JTextArea inline = styled(new JTextArea("x"), "FlatLaf.style",
                    "font: $Holdpoint.message.font; foreground: $Holdpoint.warning");
            JTextArea classed = styled(new JTextArea("x"), "FlatLaf.styleClass", "hpWarning");
            assertThat(classed.getFont()).isEqualTo(inline.getFont());
            assertThat(classed.getForeground()).isEqualTo(inline.getForeground())
                    .isNotEqualTo(new JTextArea().getForeground());
        });
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void aCardIsALittleLighterThanThePanelBehindIt(Theme.Variant variant) {
        GuiActionRunner.execute(() -> {
            Theme.install(variant);
            JPanel inline = styled(new JPanel(), "FlatLaf.style", "arc: 16; background: lighten($Panel.background, 6%)");
            JPanel classed = styled(new JPanel(), "FlatLaf.styleClass", "hpCard");
            assertThat(classed.getBackground()).isEqualTo(inline.getBackground())
                    .isNotEqualTo(new JPanel().getBackground());
        });
    }
}
