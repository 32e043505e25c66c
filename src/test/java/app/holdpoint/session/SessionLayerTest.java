package app.holdpoint.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class SessionLayerTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.holdpoint");

    @Test
    void theSessionEngineUsesNeitherTheScreenNorTheDatabase() {
        noClasses().that().resideInAPackage("app.holdpoint.session..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "javax.swing..", "java.sql..", "app.holdpoint.ui..", "app.holdpoint.store..",
                        "app.holdpoint.cli..")
                .because("the engine must run headless, in tests and in the simulation, and be timed by its own "
                        + "schedule rather than by a screen or a database")
                .check(production);
    }

    @Test
    void theSessionEngineStartsNoThreadsOrTimersOfItsOwn() {
        noClasses().that().resideInAPackage("app.holdpoint.session..")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
                .because("whoever drives the engine decides the thread; the engine only says when to wake it")
                .check(production);
    }
}
