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
 * server serves at {@code GET /api/schema}). Switched on ({@value #LOCATION_SETTING}), the simulator consults it for
 * every property and value it accepts, so it cannot accept a name Stalwart would reject; it is an extra check of the
 * tests and CI, never a condition for running (the file is the vendor's, so the repository carries no copy).
 */
public final class StalwartSchema implements StalwartVocabulary {

    /** File name of the vendor schema inside {@code shared/specs}. */
    public static final String SPEC_FILE = "stalwart-0.16.18-schema.json.gz";

    private final JsonNode root;
    private final Path file;

    private StalwartSchema(JsonNode root, Path file) {
        this.root = root;
        this.file = file;
    }

    // Parsing the 1.6 MB schema costs more than starting a simulator; it is immutable, so share it.
    private static final Map<Path, StalwartSchema> LOADED = new ConcurrentHashMap<>();

    /** Loads the gzip JSON schema file (parsed once per JVM and file). */
    public static StalwartSchema load(Path gzipFile) {
        return LOADED.computeIfAbsent(gzipFile.toAbsolutePath().normalize(), StalwartSchema::parse);
    }

    private static StalwartSchema parse(Path gzipFile) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipFile))) {
            return new StalwartSchema(new ObjectMapper().readTree(in), gzipFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Stalwart schema " + gzipFile, e);
        }
    }

    /**
     * Switches the vendor check on (environment variable or system property): the path of the schema file. The
     * Maven build sets it for the tests when {@code ../shared/specs} holds the file; a run without it uses the
     * simulator's own rules ({@link OwnVocabulary}).
     */
    public static final String LOCATION_SETTING = "DEZKY_STALWART_SCHEMA";

    /** The schema named by {@value #LOCATION_SETTING}, if set; a set but unreadable file fails loudly. */
    public static Optional<StalwartSchema> configured() {
        String explicit = System.getProperty(LOCATION_SETTING, System.getenv(LOCATION_SETTING));
        return explicit == null || explicit.isBlank() ? Optional.empty() : Optional.of(load(Path.of(explicit)));
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
    @Override
    public boolean hasObject(String objectName) {
        JsonNode object = root.path("objects").path(objectName);
        return "object".equals(object.path("type").asText());
    }

    /** The schema entry ({@code single} or {@code multiple}) for an object or embedded type name. */
    public JsonNode schemaEntry(String name) {
        return root.path("schemas").path(name);
    }

    /** Whether the object or embedded type has variants selected by {@code @type}. */
    @Override
    public boolean isMultiVariant(String name) {
        return "multiple".equals(schemaEntry(name).path("type").asText());
    }

    /**
     * The fields name of a variant: for a single-schema type the type's own schema name, for a
     * multi-variant type the variant's schema name; empty when the variant has no properties at all
     * (e.g. {@code Inherit}) and {@code null} when the variant does not exist.
     */
    @Override
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
    @Override
    public Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        schemaEntry(name).path("variants").forEach(v -> out.add(v.path("name").asText()));
        return out;
    }

    /** The property spec ({@code type}, {@code update}, …) or empty when the property is unknown. */
    @Override
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
    @Override
    public JsonNode defaults(String fieldsName) {
        return root.path("fields").path(fieldsName).path("defaults");
    }

    @Override
    public String source() {
        return "the vendor schema " + file;
    }

    /** Whether {@code value} is one of the enum's names. */
    @Override
    public boolean isEnumValue(String enumName, String value) {
        for (JsonNode v : root.path("enums").path(enumName)) {
            if (v.path("name").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
