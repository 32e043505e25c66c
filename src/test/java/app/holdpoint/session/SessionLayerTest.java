package app.holdpoint.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's own rule; the layer rules (no Swing, no SQL, no outer layers) are in LayerRulesTest. */
@AnalyzeClasses(packages = "app.holdpoint.session", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionLayerTest {

    @ArchTest
    static final ArchRule theEngineStartsNoThreadsOrTimersOfItsOwn = noClasses()
            .that().resideInAPackage("app.holdpoint.session..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
            .because("whoever drives the engine decides the thread; the engine only says when to wake it");
}
