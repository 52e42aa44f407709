package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/**
 * Start-up check that every object name the simulator serves is an {@code x:} object of the vendor
 * schema and that every default it fills in is a property of that object, so a schema upgrade that
 * renames something stops the simulator instead of silently diverging.
 */
final class SchemaSelfCheck {

    private final StalwartVocabulary schema;
    private final SchemaChecker checker;

    SchemaSelfCheck(StalwartVocabulary schema, SchemaChecker checker) {
        this.schema = schema;
        this.checker = checker;
    }

    void verify(Collection<ObjectRules> rules) {
        for (ObjectRules r : rules) {
            if (!schema.hasObject(r.objectName)) {
                throw new IllegalStateException(r.objectName + " is not an object in the Stalwart schema");
            }
            for (String variant : schema.isMultiVariant(r.objectName)
                    ? schema.variants(r.objectName) : java.util.Set.of("")) {
                ObjectNode sample = JsonNodeFactory.instance.objectNode().put("@type", variant);
                ObjectNode defaults = r.defaults(sample);
                if (defaults.isEmpty()) {
                    continue; // the type is never created by the simulator
                }
                try {
                    checker.checkObject(r.objectName, defaults, "", true);
                } catch (SetErrorException e) {
                    throw new IllegalStateException("default of " + r.objectName + "/" + variant
                            + " is not in the schema: " + e.error().properties(), e);
                }
            }
        }
    }
}
