package app.holdpoint.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of {@code docs/architecture.md}, checked on every build. The layered rule is that document's
 * package table: each row may be used only by the rows named here, so a change to one means a change to both.
 */
@AnalyzeClasses(packages = "app.holdpoint", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("app.holdpoint.(**)")
            .should().beFreeOfCycles()
            .because("a package that depends on another that depends back cannot be understood, tested or "
                    + "replaced on its own");

    @ArchTest
    static final ArchRule layersOfTheArchitectureTable = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Wiring").definedBy("app.holdpoint")
            .layer("Command line").definedBy("app.holdpoint.cli..")
            .layer("Demo data").definedBy("app.holdpoint.demo..")
            .layer("Kiosk shell").definedBy("app.holdpoint.ui.shell..")
            .layer("Kiosk screens").definedBy("app.holdpoint.ui.screen..")
            .layer("Session screens").definedBy("app.holdpoint.ui.session..")
            .layer("Audit workspace").definedBy("app.holdpoint.ui.audit..")
            .layer("Screen contracts").definedBy("app.holdpoint.ui.common..")
            .layer("Presentation models").definedBy("app.holdpoint.ui.model..", "app.holdpoint.ui.settings..")
            .layer("UI building blocks").definedBy("app.holdpoint.ui", "app.holdpoint.ui.theme..",
                    "app.holdpoint.ui.widget..", "app.holdpoint.ui.sound..", "app.holdpoint.ui.platform..")
            .layer("Audit").definedBy("app.holdpoint.audit..")
            .layer("Store").definedBy("app.holdpoint.store..")
            .layer("Session").definedBy("app.holdpoint.session..")
            .layer("Protocol").definedBy("app.holdpoint.protocol..")
            .layer("Domain values").definedBy("app.holdpoint.domain..")
            .layer("Files and hashes").definedBy("app.holdpoint.io..")

            .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("Command line").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Demo data").mayOnlyBeAccessedByLayers("Command line")
            .whereLayer("Kiosk shell").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Kiosk screens").mayOnlyBeAccessedByLayers("Kiosk shell")
            .whereLayer("Session screens").mayOnlyBeAccessedByLayers("Kiosk shell")
            .whereLayer("Audit workspace").mayOnlyBeAccessedByLayers("Kiosk shell", "Wiring")
            .whereLayer("Screen contracts").mayOnlyBeAccessedByLayers("Kiosk shell", "Kiosk screens",
                    "Session screens", "Audit workspace", "Presentation models", "Wiring")
            .whereLayer("Presentation models").mayOnlyBeAccessedByLayers("Kiosk shell", "Kiosk screens",
                    "Session screens", "Audit workspace", "Screen contracts", "Wiring")
            .whereLayer("UI building blocks").mayOnlyBeAccessedByLayers("Kiosk shell", "Kiosk screens",
                    "Session screens", "Audit workspace", "Screen contracts", "Presentation models", "Wiring",
                    "Command line")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Kiosk screens", "Session screens", "Audit workspace",
                    "Command line", "Wiring")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Audit", "Demo data", "Kiosk shell", "Kiosk screens",
                    "Session screens", "Audit workspace", "Screen contracts", "Presentation models",
                    "Command line", "Wiring")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Store", "Audit", "Demo data", "Kiosk shell",
                    "Kiosk screens", "Session screens", "Audit workspace", "Screen contracts",
                    "Presentation models", "Command line", "Wiring")
            .because("dependencies point one way, from the wiring down to the protocol model, as the table in "
                    + "docs/architecture.md shows");

    @ArchTest
    static final ArchRule domainValuesAndFilesDependOnNothingOfOurs = noClasses()
            .that().resideInAnyPackage("app.holdpoint.domain..", "app.holdpoint.io..")
            .should().dependOnClassesThat(resideInAPackage("app.holdpoint..")
                    .and(resideOutsideOfPackages("app.holdpoint.domain..", "app.holdpoint.io..")))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "java.sql..",
                    "javax.sql..")
            .because("every layer, the UI building blocks included, checks its input against the domain values and "
                    + "writes and hashes files through app.holdpoint.io, so those two stand below everything");

    @ArchTest
    static final ArchRule protocolAndSessionAreHeadless = noClasses()
            .that().resideInAnyPackage("app.holdpoint.protocol..", "app.holdpoint.session..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "java.sql..",
                    "javax.sql..")
            .because("protocol and session logic must run headless and without a database: the engine is "
                    + "tested with a fake ticker and driven by the CLI as well as the kiosk");

    @ArchTest
    static final ArchRule storeAndAuditDoNotUseTheUi = noClasses()
            .that().resideInAnyPackage("app.holdpoint.store..", "app.holdpoint.audit..", "app.holdpoint.demo..")
            .and().resideOutsideOfPackage("app.holdpoint.audit.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("storage and reports must work from the command line, with no screen");

    @ArchTest
    static final ArchRule auditChartsDrawButShowNoScreen = noClasses()
            .that().resideInAPackage("app.holdpoint.audit.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
            .because("JFreeChart draws with java.awt, so charts for reports may too, but never open a screen");

    @ArchTest
    static final ArchRule uiNeverTalksSql = noClasses()
            .that().resideInAnyPackage("app.holdpoint.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.postgresql..")
            .because("the screen never talks SQL: it goes through the store's interface");

    @ArchTest
    static final ArchRule presentationModelsHaveNoSwing = noClasses()
            .that().resideInAnyPackage("app.holdpoint.ui.model..", "app.holdpoint.ui.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("what a screen shows and when is decided without Swing, so it is tested without a display");
}
