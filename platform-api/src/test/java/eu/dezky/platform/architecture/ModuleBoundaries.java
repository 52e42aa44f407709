package eu.dezky.platform.architecture;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * ARCHITECTURE.md's module table as ArchUnit rules, one per row. Each module's package is its root:
 * command-api {@code eu.dezky.api}, domain {@code eu.dezky.domain}, sagas {@code eu.dezky.sagas}, projections
 * {@code eu.dezky.projections}, adapters {@code eu.dezky.adapters}, sandbox {@code eu.dezky.sandbox},
 * platform-api {@code eu.dezky.platform} (which may depend on all of them).
 */
final class ModuleBoundaries {

    static final String API = "eu.dezky.api..";
    static final String DOMAIN = "eu.dezky.domain..";
    static final String SAGAS = "eu.dezky.sagas..";
    static final String PROJECTIONS = "eu.dezky.projections..";
    static final String ADAPTERS = "eu.dezky.adapters..";
    static final String SANDBOX = "eu.dezky.sandbox..";
    static final String PLATFORM = "eu.dezky.platform..";

    /** command-api: the message contract, with Axon's modelling annotations as its only outside dependency. */
    static final ArchRule COMMAND_API = classes().that().resideInAPackage(API)
            .should().onlyDependOnClassesThat().resideInAnyPackage(API, "java..", "org.axonframework.modelling.command..")
            .because("command-api may depend on Axon modelling annotations only");

    /** domain: command-api and Axon; no Spring, no I/O libraries, no other module. */
    static final ArchRule DOMAIN_RULE = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(SAGAS, PROJECTIONS, ADAPTERS, SANDBOX, PLATFORM,
                    "org.springframework..", "com.mongodb..", "okhttp3..", "java.net..", "java.sql..", "java.io..")
            .because("aggregates validate and apply events; no I/O and no Spring beans");

    static final ArchRule SAGAS_RULE = noClasses().that().resideInAPackage(SAGAS)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, PROJECTIONS, SANDBOX, PLATFORM)
            .allowEmptyShould(true)
            .because("sagas may depend on command-api and adapters only");

    static final ArchRule PROJECTIONS_RULE = noClasses().that().resideInAPackage(PROJECTIONS)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, SAGAS, ADAPTERS, SANDBOX, PLATFORM)
            .because("projections may depend on command-api only");

    static final ArchRule ADAPTERS_RULE = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, SAGAS, PROJECTIONS, SANDBOX, PLATFORM)
            .because("adapters may depend on command-api value types only");

    static final ArchRule SANDBOX_RULE = noClasses().that().resideInAPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(API, DOMAIN, SAGAS, PROJECTIONS, ADAPTERS, PLATFORM)
            .because("the simulators depend on nothing internal");

    /**
     * A projection reaches its collections through its document classes only, so the read-model template can name
     * them by generation (rebuilds, history); a collection name of its own would bypass that. Only the template's
     * package handles collection names.
     */
    static final ArchRule PROJECTIONS_NAME_NO_COLLECTION = noClasses().that().resideInAPackage(PROJECTIONS)
            .and().resideOutsideOfPackage("eu.dezky.projections.readmodel..")
            .should().callMethodWhere(describe("a MongoOperations method taking a collection name",
                    call -> call.getTarget().getOwner().isAssignableTo(MongoOperations.class)
                            && !call.getTarget().getRawParameterTypes().isEmpty()
                            && call.getTarget().getRawParameterTypes()
                            .get(call.getTarget().getRawParameterTypes().size() - 1).isEquivalentTo(String.class)))
            .because("collection names come from the documents' classes, through the generation-aware template");

    static final List<ArchRule> ALL = List.of(COMMAND_API, DOMAIN_RULE, SAGAS_RULE, PROJECTIONS_RULE, ADAPTERS_RULE,
            SANDBOX_RULE, PROJECTIONS_NAME_NO_COLLECTION);

    private ModuleBoundaries() {
    }
}
