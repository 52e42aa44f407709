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
 * platform-api {@code eu.dezky.platform} (which may depend on all of them); inside platform-api, the HTTP layer
 * ({@code web}) calls the application services ({@code application}) and not the other way round.
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

    static final String WEB = "eu.dezky.platform.web..";
    static final String APPLICATION = "eu.dezky.platform.application..";

    /** Controllers translate HTTP into one call of an application service; they send no command themselves. */
    static final ArchRule WEB_RULE = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..")
            .because("a controller maps a request to one call and a result to a response; flows live in application");

    /** The application services know nothing of HTTP, so a flow reads the same from a route or a job. */
    static final ArchRule APPLICATION_RULE = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, "org.springframework.http..",
                    "org.springframework.web.bind..")
            .because("application services are called by controllers, never the other way round");

    /** The public event payloads: plain values, so no change of an internal type reaches the published contract. */
    static final ArchRule PUBLIC_PAYLOADS = classes().that().resideInAPackage("eu.dezky.adapters.notifications.payload..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("eu.dezky.adapters.notifications.payload..", "java..")
            .because("public event payloads are the contract with consumers, not views of internal events");

    /** The catalogue decides what is public whatever carries it: no Kafka, CloudEvents or Spring in it. */
    static final ArchRule CATALOGUE_WITHOUT_TRANSPORT = noClasses().that().resideInAPackage("eu.dezky.adapters.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.dezky.adapters.kafka..", "org.apache.kafka..",
                    "io.cloudevents..", "org.springframework..")
            .because("the public event catalogue is independent of the transport");

    /**
     * platform-api's HTTP layer and its application services (every {@code web} and {@code application} package) read
     * through the query bus and write through commands; they never touch an aggregate's, a projection's or a saga's
     * classes directly.
     */
    static final ArchRule BEHIND_THE_BUSES = noClasses().that().resideInAnyPackage(WEB, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, PROJECTIONS, SAGAS)
            .because("aggregates, projections and sagas stay behind the buses");

    /** Problem details are a leaf every HTTP-facing package uses (web, security, idempotency); it uses none of them. */
    static final ArchRule PROBLEM_RULE = noClasses().that().resideInAPackage("eu.dezky.platform.problem..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB, APPLICATION, "eu.dezky.platform.security..",
                    "eu.dezky.platform.idempotency..", "org.axonframework..")
            .because("every error path answers through it, so it must not need what may be failing");

    /** Metrics and health observe; no route, flow or aggregate depends on them. */
    static final ArchRule OBSERVING_RULE = noClasses().that().resideOutsideOfPackages("eu.dezky.platform.metrics..",
                    "eu.dezky.platform.health..", "eu.dezky.platform.integrations..", "eu.dezky.platform.config..")
            .and().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage("eu.dezky.platform.metrics..", "eu.dezky.platform.health..")
            .because("metrics and health are read from outside; the engine works the same without them");

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
            SANDBOX_RULE, WEB_RULE, APPLICATION_RULE, BEHIND_THE_BUSES, PUBLIC_PAYLOADS, CATALOGUE_WITHOUT_TRANSPORT,
            PROBLEM_RULE, OBSERVING_RULE, PROJECTIONS_NAME_NO_COLLECTION);

    private ModuleBoundaries() {
    }
}
