package app.holdpoint.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules for the building blocks of the kiosk: theme, widgets and sound. */
@AnalyzeClasses(packages = "app.holdpoint.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiRulesTest {

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage("app.holdpoint.ui.theme..",
                    "app.holdpoint.ui.widget..", "app.holdpoint.ui.sound..")
            .and().areStatic()
            .should().beFinal()
            .because("widgets, theme and sound are built with what they need, so tests can wire fakes");

    @ArchTest
    static final ArchRule buildingBlocksKnowNoScreen = noClasses()
            .that().resideInAnyPackage("app.holdpoint.ui.theme..", "app.holdpoint.ui.widget..",
                    "app.holdpoint.ui.sound..")
            .should().dependOnClassesThat().resideInAnyPackage("app.holdpoint.ui.screen..", "app.holdpoint.ui.session..", "app.holdpoint.ui.audit..", "app.holdpoint.ui.shell..", "app.holdpoint.ui.common..", "app.holdpoint.ui.model..", "app.holdpoint.ui.settings..",
                    "app.holdpoint.session..", "app.holdpoint.store..")
            .because("the building blocks are reused by every screen; the screens map engine events onto them");

    @ArchTest
    static final ArchRule soundHasNoSwing = noClasses()
            .that().resideInAPackage("app.holdpoint.ui.sound..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
            .because("sound runs on its own thread, never on the Event Dispatch Thread");
}
