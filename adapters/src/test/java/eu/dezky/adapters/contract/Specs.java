package eu.dezky.adapters.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

/**
 * The vendor specs as validators, each parsed once per test JVM (the Authentik schema is 1.6 MB) through
 * lazy holder classes. The files are read in place from {@code shared/specs}, found by walking up from
 * the working directory, so the repository never carries a copy that could drift.
 */
public final class Specs {

    private Specs() {
    }

    /** Authentik 2026.2.2; base path {@code /api/v3} as in its {@code servers}. */
    public static OpenApiInteractionValidator authentik() {
        return AuthentikHolder.VALIDATOR;
    }

    /** LibreGraph v1.0; base path {@code /graph} as in its {@code servers}. */
    public static OpenApiInteractionValidator libregraph() {
        return LibreGraphHolder.VALIDATOR;
    }

    static Path spec(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("specs").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/specs/" + file + " not found above " + Path.of("").toAbsolutePath());
    }

    private static final class AuthentikHolder {
        // Authentik answers 404 on every detail route, but the schema documents it on few (reference A3).
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForSpecificationUrl(spec("authentik-2026.2.2-schema.yml").toUri().toString())
                .withBasePathOverride("/api/v3")
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("undocumented but real 404",
                        allOf(messageHasKey("validation.response.status.unknown"), responseStatusIs(404))))
                .build();
    }

    private static final class LibreGraphHolder {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForSpecificationUrl(spec("libregraph-v1.0.yaml").toUri().toString())
                .withBasePathOverride("/graph")
                .build();
    }
}
