package app.holdpoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "app.holdpoint", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule protocolAndSessionAreHeadless = noClasses()
            .that().resideInAnyPackage("app.holdpoint.protocol..", "app.holdpoint.session..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "java.sql..",
                    "javax.sql..")
            .because("protocol and session logic must run headless and without a database: the engine is "
                    + "tested with a fake ticker and driven by the CLI as well as the kiosk");

    @ArchTest
    static final ArchRule protocolAndSessionKnowNoOuterLayer = noClasses()
            .that().resideInAnyPackage("app.holdpoint.protocol..", "app.holdpoint.session..")
            .should().dependOnClassesThat().resideInAnyPackage("app.holdpoint.ui..", "app.holdpoint.store..",
                    "app.holdpoint.audit..", "app.holdpoint.cli..")
            .because("the inner layers must not know who displays or stores them");

    @ArchTest
    static final ArchRule storeAndAuditDoNotUseTheUi = noClasses()
            .that().resideInAnyPackage("app.holdpoint.store..", "app.holdpoint.audit..")
            .and().resideOutsideOfPackage("app.holdpoint.audit.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("app.holdpoint.ui..", "java.awt..", "javax.swing..")
            .because("storage and reports must work from the command line, with no screen")
            .allowEmptyShould(true); // until the store and audit packages land

    @ArchTest
    static final ArchRule auditChartsDrawButShowNoScreen = noClasses()
            .that().resideInAPackage("app.holdpoint.audit.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("app.holdpoint.ui..", "javax.swing..")
            .because("JFreeChart draws with java.awt, so charts for reports may too, but never open a screen")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiNeverTalksSql = noClasses()
            .that().resideInAnyPackage("app.holdpoint.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..")
            .because("the screen never talks SQL: it goes through the store's interface")
            .allowEmptyShould(true); // until the kiosk screens land

    @ArchTest
    static final ArchRule onlyTheWiringSeesTheCommandLine = noClasses()
            .that().resideInAnyPackage("app.holdpoint.protocol..", "app.holdpoint.session..",
                    "app.holdpoint.store..", "app.holdpoint.audit..", "app.holdpoint.ui..")
            .should().dependOnClassesThat().resideInAPackage("app.holdpoint.cli..")
            .because("only App and the command line see everything; the layers below are reused by both");

    @ArchTest
    static final ArchRule protocolDoesNotDependOnSession = noClasses()
            .that().resideInAPackage("app.holdpoint.protocol..")
            .should().dependOnClassesThat().resideInAPackage("app.holdpoint.session..")
            .because("a protocol is a plan; the session that runs it builds on it, not the other way round");
}
