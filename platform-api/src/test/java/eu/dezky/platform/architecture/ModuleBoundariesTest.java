package eu.dezky.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.dezky.domain.violation.AggregateThatCallsTheNetwork;
import eu.dezky.projections.violation.ProjectionThatNamesItsCollection;
import eu.dezky.projections.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleBoundariesTest {

    /** Test classes of other modules arrive as test-jars in a full build; they are not production code. */
    private static final ImportOption NO_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("eu.dezky");

    @Test
    void everyModuleKeepsToTheDependencyTableOfTheArchitecture() {
        ModuleBoundaries.ALL.forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void aViolationOfTheTableFailsTheCheck() {
        JavaClasses offender = new ClassFileImporter().importClasses(AggregateThatCallsTheNetwork.class);

        assertThatThrownBy(() -> ModuleBoundaries.DOMAIN_RULE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net");
    }

    @Test
    void aProjectionNamingItsOwnCollectionFailsTheCheck() {
        JavaClasses offender = new ClassFileImporter().importClasses(ProjectionThatNamesItsCollection.class);

        assertThatThrownBy(() -> ModuleBoundaries.PROJECTIONS_NAME_NO_COLLECTION.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("save(java.lang.Object, java.lang.String)");
    }

    @Test
    void everyProjectionKeepsItsTokenBesideItsReadModel() {
        PRODUCTION.stream()
                .filter(c -> c.getPackageName().startsWith("eu.dezky.projections"))
                .filter(c -> c.isAnnotatedWith(ProcessingGroup.class))
                .forEach(c -> assertThat(ProjectionGroups.ALL)
                        .as(c.getName() + " must be listed in ProjectionGroups so its token lives in MongoDB")
                        .contains(c.getAnnotationOfType(ProcessingGroup.class).value()));
    }
}
