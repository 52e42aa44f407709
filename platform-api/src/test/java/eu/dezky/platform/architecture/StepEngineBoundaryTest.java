package eu.dezky.platform.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The step engine serves every saga and knows none: {@code eu.dezky.sagas.steps} depends on no saga package, so a
 * saga of the next context (tenant lifecycle, reconcile …) runs on it unchanged.
 */
class StepEngineBoundaryTest {

    static final ArchRule ENGINE_KNOWS_NO_SAGA = noClasses().that().resideInAPackage("eu.dezky.sagas.steps..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.dezky.sagas.member..", "eu.dezky.sagas.mail..",
                    "eu.dezky.sagas.domain..", "eu.dezky.sagas.claim..")
            .because("the step engine is shared by every saga");

    @Test
    void theStepEngineDependsOnNoSaga() {
        ENGINE_KNOWS_NO_SAGA.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.dezky.sagas"));
    }
}
