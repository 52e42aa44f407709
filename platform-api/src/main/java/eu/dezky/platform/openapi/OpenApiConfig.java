package eu.dezky.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import eu.dezky.platform.problem.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document's frame: title, the bearer scheme (JWTs of the SSO), the {@code Problem} schema, and on every
 * operation the audiences that may call it ({@code x-audiences} and a sentence of the description) and the problem
 * answers it can give besides its documented successes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    /** Problem answers every route can give; a route adds its own (409, 422 …) with annotations. */
    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "400", "A value is malformed (code invalid-value, unknown-property, malformed-body, rejected-request;"
                    + " field names it)",
            "401", "No valid bearer token (code unauthorized)",
            "403", "The caller's audience or tenant does not admit it (code forbidden)",
            "404", "No such resource (code not-found or <thing>-not-found)",
            "500", "A fault of the engine (code internal-error); logged");

    @Bean
    OpenAPI engineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("dezky platform engine").version("v1").description(
                        "The portal's contract. Errors are RFC 9457 problem details (application/problem+json) with a"
                                + " code and its type URI https://docs.dezky.eu/problems/<code>. Every POST honours"
                                + " Idempotency-Key. Routes that start an operation answer 202 with Location:"
                                + " /api/tenants/{slug}/operations/{id} unless it ends within a short wait."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A JWT of the SSO for the audience customer-admin,"
                                        + " partner or operator (POST /dev/token mints one with the development issuer).")));
    }

    @Bean
    OpenApiCustomizer audiencesAndProblems() {
        return openApi -> {
            // Added after generation: springdoc drops schemas of the initial document that no controller references.
            closeObjects(openApi);
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<String> audiences = RouteAudiences.of(method.name(), path);
            op.addExtension("x-audiences", audiences);
            String who = RouteAudiences.describe(path, audiences);
            op.setDescription(op.getDescription() == null ? who : op.getDescription() + "\n\n" + who);
            op.setSecurity(audiences.isEmpty() ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
            addProblems(op, method.name(), audiences.isEmpty());
            }));
        };
    }

    private static void addProblems(Operation op, String method, boolean open) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        if (!method.equals("GET")) {
            responses.computeIfAbsent("409", s -> problem("A business rule refuses it now (code names the rule, e.g."
                    + " tenant-exists, address-taken, operation-running; concurrent-change; idempotency-key-in-use)"));
        }
        if (method.equals("POST")) {
            responses.computeIfAbsent("422", s -> problem("The Idempotency-Key was used for another body (code"
                    + " idempotency-key-reused)"));
        }
        COMMON_PROBLEMS.forEach((status, description) -> {
            if (!(open && (status.equals("401") || status.equals("403")))) {
                responses.computeIfAbsent(status, s -> problem(description));
            }
        });
        responses.setDefault(problem("Any other problem (405 method-not-allowed, 406, 413, 415"
                + " unsupported-media-type, 503)"));
        op.setResponses(responses);
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** The problem schema; extension members are allowed (RFC 9457 §3.2), so no {@code additionalProperties}. */
    private static Schema<?> problemSchema() {
        Schema<?> schema = typed("object").description("RFC 9457 problem details with the engine's code");
        schema.addProperty("type", typed("string").format("uri").description("https://docs.dezky.eu/problems/<code>"));
        schema.addProperty("title", typed("string"));
        schema.addProperty("status", typed("integer").format("int32"));
        schema.addProperty("detail", typed("string").maxLength(Problems.MAX_DETAIL));
        schema.addProperty("instance", typed("string").format("uri-reference"));
        schema.addProperty("code", typed("string").description("what went wrong, machine-readable"));
        schema.addProperty("field", typed("string")
                .description("on a value error: the request field, parameter or header at fault"));
        schema.addProperty("blockers", typed("array").items(typed("string"))
                .description("domain-in-use: what still uses the domain"));
        schema.addProperty("action", typed("string").description("self-action: the refused action"));
        schema.addProperty("id", typed("string").description("provisioning-failed: the failed resource's id"));
        schema.addProperty("operationId", typed("string")
                .description("provisioning-failed: the operation whose steps show each system's answer"));
        Schema<?> record = typed("object").description("domain-held-unverified, ownership-not-proven: the TXT record"
                + " the caller must publish to take the domain over");
        record.addProperty("type", typed("string"));
        record.addProperty("name", typed("string"));
        record.addProperty("value", typed("string"));
        schema.addProperty("record", record);
        schema.addProperty("takeover", typed("string").description("domain-held-unverified, ownership-not-proven:"
                + " the route that takes the domain over once the record is published"));
        schema.addProperty("found", typed("array").items(typed("string"))
                .description("ownership-not-proven: what DNS answered under the record's name"));
        schema.setRequired(List.of("type", "title", "status", "code"));
        return schema;
    }

    /** A schema of one JSON type, spelt for OpenAPI 3.1 ({@code types}) and 3.0 ({@code type}) alike. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }

    /**
     * The engine's own objects have exactly the documented properties: requests are read strictly (an unknown
     * property is a 400), and an answer with a property the document lacks fails the component tests.
     */
    private static void closeObjects(OpenAPI openApi) {
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (!name.equals(PROBLEM) && schema.getProperties() != null && schema.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(Boolean.FALSE);
            }
        });
    }
}
