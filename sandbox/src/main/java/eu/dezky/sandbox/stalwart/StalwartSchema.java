package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Read-only view of Stalwart's machine-readable object schema ({@code schema.json.gz}, the file the
 * server serves at {@code GET /api/schema}). The simulator consults it for every property it accepts,
 * so it cannot accept a name Stalwart would reject.
 */
public final class StalwartSchema {

    /** File name of the vendor schema inside {@code shared/specs}. */
    public static final String SPEC_FILE = "stalwart-0.16.18-schema.json.gz";

    private final JsonNode root;

    private StalwartSchema(JsonNode root) {
        this.root = root;
    }

    // Parsing the 1.6 MB schema costs more than starting a simulator; it is immutable, so share it.
    private static final Map<Path, StalwartSchema> LOADED = new ConcurrentHashMap<>();

    /** Loads the gzip JSON schema file (parsed once per JVM and file). */
    public static StalwartSchema load(Path gzipFile) {
        return LOADED.computeIfAbsent(gzipFile.toAbsolutePath().normalize(), StalwartSchema::parse);
    }

    private static StalwartSchema parse(Path gzipFile) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipFile))) {
            return new StalwartSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Stalwart schema " + gzipFile, e);
        }
    }

    /** Names an explicit schema file (environment variable or system property) for runs outside a checkout. */
    public static final String LOCATION_SETTING = "DEZKY_STALWART_SCHEMA";

    /**
     * Loads the schema from {@code DEZKY_STALWART_SCHEMA} when set, else the first {@code shared/specs} found above
     * the working directory or above this class's jar (so {@code java -jar} works from any directory of a checkout).
     */
    public static StalwartSchema locateAndLoad() {
        String explicit = System.getProperty(LOCATION_SETTING, System.getenv(LOCATION_SETTING));
        if (explicit != null && !explicit.isBlank()) {
            return load(Path.of(explicit));
        }
        Path cwd = Path.of("").toAbsolutePath();
        try {
            return load(locate(cwd));
        } catch (IllegalStateException notAboveWorkingDirectory) {
            Path code = codeLocation();
            if (code == null) {
                throw notAboveWorkingDirectory;
            }
            try {
                return load(locate(code));
            } catch (IllegalStateException notAboveCode) {
                throw new IllegalStateException("no shared/specs/" + SPEC_FILE + " above " + cwd + " or " + code
                        + "; set " + LOCATION_SETTING + " to the schema file (Stalwart serves it at GET /api/schema)");
            }
        }
    }

    private static Path codeLocation() {
        try {
            var source = StalwartSchema.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            String location = source.getLocation().toString();
            // Inside a Spring Boot fat jar the location is jar:nested:/path/app.jar/!BOOT-INF/lib/...; keep the file path.
            int nested = location.indexOf("nested:");
            String path = nested >= 0 ? location.substring(nested + "nested:".length()) : source.getLocation().getPath();
            int bang = path.indexOf('!');
            return Path.of(bang >= 0 ? path.substring(0, bang) : path).toAbsolutePath().getParent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Walks up from {@code start} until a directory holding {@code shared/specs} is found. The spec
     * lives outside the repository on purpose (it is the vendor's, not ours), so it is never copied.
     */
    public static Path locate(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("specs").resolve(SPEC_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/specs/" + SPEC_FILE + " above " + start);
    }

    /** Whether {@code x:<Object>} is a registry object (not a view) in the schema. */
    public boolean hasObject(String objectName) {
        JsonNode object = root.path("objects").path(objectName);
        return "object".equals(object.path("type").asText());
    }

    /** The schema entry ({@code single} or {@code multiple}) for an object or embedded type name. */
    public JsonNode schemaEntry(String name) {
        return root.path("schemas").path(name);
    }

    /** Whether the object or embedded type has variants selected by {@code @type}. */
    public boolean isMultiVariant(String name) {
        return "multiple".equals(schemaEntry(name).path("type").asText());
    }

    /**
     * The fields name of a variant: for a single-schema type the type's own schema name, for a
     * multi-variant type the variant's schema name; empty when the variant has no properties at all
     * (e.g. {@code Inherit}) and {@code null} when the variant does not exist.
     */
    public String fieldsNameFor(String name, String variant) {
        JsonNode entry = schemaEntry(name);
        if (!isMultiVariant(name)) {
            return entry.path("schemaName").asText(name);
        }
        for (JsonNode v : entry.path("variants")) {
            if (v.path("name").asText().equals(variant)) {
                return v.path("schemaName").asText("");
            }
        }
        return null;
    }

    /** The variant names of a multi-variant type, in schema order. */
    public Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        schemaEntry(name).path("variants").forEach(v -> out.add(v.path("name").asText()));
        return out;
    }

    /** The property spec ({@code type}, {@code update}, …) or empty when the property is unknown. */
    public Optional<JsonNode> property(String fieldsName, String property) {
        JsonNode spec = root.path("fields").path(fieldsName).path("properties").path(property);
        return spec.isMissingNode() ? Optional.empty() : Optional.of(spec);
    }

    /** The property names of a fields entry. */
    public Set<String> propertyNames(String fieldsName) {
        Set<String> out = new LinkedHashSet<>();
        root.path("fields").path(fieldsName).path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The declared defaults of a fields entry (may be missing). */
    public JsonNode defaults(String fieldsName) {
        return root.path("fields").path(fieldsName).path("defaults");
    }

    /** Whether {@code value} is one of the enum's names. */
    public boolean isEnumValue(String enumName, String value) {
        for (JsonNode v : root.path("enums").path(enumName)) {
            if (v.path("name").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
