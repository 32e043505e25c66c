package app.holdpoint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.PinPad;

/**
 * A pad someone typed on, or that a check left disabled, never serves the next entry; a pad nobody touched (built
 * ahead and painted off screen) does, so the tap that asks for it finds it ready.
 */
@GuiTest
class PinEntryTest {
    private final List<String> entered = new ArrayList<>();

    private PinEntry entry() {
        return GuiActionRunner.execute(() -> new PinEntry(Theme.install(Theme.Variant.DARK),
                new Text(Locale.ENGLISH), "Back", pin -> entered.add(new String(pin)), () -> { }));
    }

    @Test
    void anUntouchedPadIsKeptForTheNextEntry() {
        PinEntry entry = entry();
        PinPad first = GuiActionRunner.execute(entry::pad);
        GuiActionRunner.execute(() -> entry.reset("Enter the PIN for Anna Lee"));
        assertThat(GuiActionRunner.execute(entry::pad)).isSameAs(first);
        assertThat(GuiActionRunner.execute(entry::padEnabled)).isTrue();
    }

    @Test
    void aPadTypedOnIsReplacedEvenWhenClearedAgain() {
        PinEntry entry = entry();
        PinPad typedOn = GuiActionRunner.execute(entry::pad);
        GuiActionRunner.execute(() -> {
            typedOn.type('1');
            typedOn.deleteLast();
            entry.reset("Enter the PIN for Tom Berger");
            return null;
        });
        assertThat(GuiActionRunner.execute(entry::pad)).isNotSameAs(typedOn);
        assertThat(GuiActionRunner.execute(() -> entry.pad().value())).isEmpty();
    }

    @Test
    void aPadUsedForAPinOrBlockedByACheckIsReplaced() {
        PinEntry entry = entry();
        PinPad used = GuiActionRunner.execute(entry::pad);
        GuiActionRunner.execute(() -> {
            "1357".chars().forEach(c -> used.type((char) c));
            used.confirm();
            return null;
        });
        assertThat(entered).containsExactly("1357");
        GuiActionRunner.execute(() -> entry.reset("Enter the PIN for Anna Lee"));
        PinPad second = GuiActionRunner.execute(entry::pad);
        assertThat(second).isNotSameAs(used);

        // Locked out: the untouched pad is disabled, and the next person gets a new, enabled one.
        GuiActionRunner.execute(() -> entry.message("Locked until 09:00", true));
        assertThat(GuiActionRunner.execute(entry::padEnabled)).isFalse();
        GuiActionRunner.execute(() -> entry.reset("Enter the PIN for Tom Berger"));
        assertThat(GuiActionRunner.execute(entry::pad)).isNotSameAs(second);
        assertThat(GuiActionRunner.execute(entry::padEnabled)).isTrue();
    }
}
