package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.store.Role;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;

/** The picker with the whole shipped library: it opens at the top and, being longer than the screen, searches. */
@GuiTest
class PickerSearchTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;

    @BeforeEach
    void open() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468"));
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Tom Berger", "2468");
        kiosk.waitForScreen(Screen.PICKER);
        kiosk.waitUntil("the search is offered", () -> kiosk.showing("picker.search"));
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private List<String> cards() {
        return GuiActionRunner.execute(() -> kiosk.services.library().protocols().stream().map(Protocol::id)
                .filter(id -> kiosk.showing("protocol." + id)).sorted().toList());
    }

    @Test
    void theListOpensAtTheTop() {
        JScrollPane scroll = GuiActionRunner.execute(() -> (JScrollPane) SwingUtilities
                .getAncestorOfClass(JScrollPane.class, kiosk.named("picker.groups", Component.class)));
        assertThat(GuiActionRunner.execute(() -> scroll.getViewport().getViewPosition().y)).isZero();
        assertThat(cards()).hasSize(kiosk.services.library().protocols().size());
    }

    @Test
    void theSearchFiltersByConditionTitleAndMuscle() {
        kiosk.window.textBox("picker.search").enterText("fibromyalgia");
        kiosk.waitUntil("only the fibromyalgia protocols", () -> cards().equals(ids(p -> p.condition().title()
                .toLowerCase().contains("fibromyalgia") || p.title().toLowerCase().contains("fibromyalgia"))));

        kiosk.window.textBox("picker.search").deleteText().enterText("needling");
        kiosk.waitUntil("only the needling protocols by title", () -> cards().equals(ids(p -> p.title().toLowerCase()
                .contains("needling"))));

        // A muscle that only one protocol treats finds that protocol, though its title does not name it.
        Map<String, List<String>> byMuscle = kiosk.services.library().protocols().stream()
                .flatMap(p -> p.steps().stream().flatMap(s -> TimelineExpander.targetOf(s).stream())
                        .map(t -> kiosk.services.library().catalog().muscle(t.muscle()).map(Muscle::name)
                                .orElse(t.muscle()))
                        .distinct().map(m -> Map.entry(m, p.id())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.collectingAndThen(Collectors.toSet(), set -> set.stream().sorted().toList()))));
        Map.Entry<String, List<String>> unique = byMuscle.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .filter(e -> !e.getKey().contains(" ") && kiosk.services.library().protocols().stream()
                        .noneMatch(p -> (p.title() + " " + p.condition().title()).toLowerCase()
                                .contains(e.getKey().toLowerCase())))
                .findFirst().orElseThrow();
        kiosk.window.textBox("picker.search").deleteText().enterText(unique.getKey().toLowerCase());
        kiosk.waitUntil("only the protocol treating " + unique.getKey(), () -> cards().equals(unique.getValue()));

        kiosk.window.textBox("picker.search").deleteText();
        kiosk.waitUntil("everything again", () -> cards().size() == kiosk.services.library().protocols().size());
    }

    private List<String> ids(Predicate<Protocol> keep) {
        return kiosk.services.library().protocols().stream().filter(keep).map(Protocol::id).sorted().toList();
    }
}
