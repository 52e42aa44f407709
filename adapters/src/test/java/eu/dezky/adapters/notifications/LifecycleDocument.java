package eu.dezky.adapters.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AsyncAPI document of the lifecycle topic ({@code docs/asyncapi/lifecycle.yaml}), read as the tests' oracle:
 * the message types it declares, and the problems of one Kafka record against it (headers against the CloudEvents
 * header schema, the payload against its type's schema, the dataschema against that schema's {@code $id}).
 */
public final class LifecycleDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LifecycleDocument loaded;

    private final JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private LifecycleDocument(JsonNode document) {
        this.document = document;
    }

    /** The document of this repository, read once per JVM (tests run in a module directory, beside docs/). */
    public static synchronized LifecycleDocument get() {
        if (loaded == null) {
            Path path = Path.of("..", "docs", "asyncapi", "lifecycle.yaml");
            try {
                loaded = new LifecycleDocument(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
            }
        }
        return loaded;
    }

    public JsonNode document() {
        return document;
    }

    /** The names of {@code components.messages}: one per public event type. */
    public Set<String> messageTypes() {
        Set<String> types = new LinkedHashSet<>();
        document.path("components").path("messages").fieldNames().forEachRemaining(types::add);
        return types;
    }

    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** What is wrong with a record of this topic; empty when it matches the document. */
    public List<String> problems(Map<String, String> headers, byte[] value) {
        List<String> problems = new ArrayList<>();
        ObjectNode headerNode = JSON.createObjectNode();
        headers.forEach(headerNode::put);
        problems.addAll(validate("CloudEventHeaders", headerNode));
        String type = headers.get("ce_type");
        JsonNode message = document.path("components").path("messages").path(type == null ? "" : type);
        if (message.isMissingNode()) {
            problems.add("type " + type + " is not a message of the document");
            return problems;
        }
        String payloadSchema = message.at("/payload/$ref").asText().replace("#/components/schemas/", "");
        String id = schema(payloadSchema).path("$id").asText();
        if (!id.equals(headers.get("ce_dataschema"))) {
            problems.add("dataschema " + headers.get("ce_dataschema") + " is not the payload schema's $id " + id);
        }
        try {
            problems.addAll(validate(payloadSchema, JSON.readTree(value)));
        } catch (IOException e) {
            problems.add("the value is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private List<String> validate(String schemaName, JsonNode node) {
        JsonSchema schema = schemas.computeIfAbsent(schemaName, name -> factory.getSchema(schema(name)));
        List<String> problems = new ArrayList<>();
        Set<ValidationMessage> messages = schema.validate(node);
        for (Iterator<ValidationMessage> it = messages.iterator(); it.hasNext(); ) {
            problems.add(schemaName + ": " + it.next().getMessage() + " in " + node);
        }
        return problems;
    }
}
