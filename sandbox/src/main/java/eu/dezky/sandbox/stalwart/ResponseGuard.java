package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks every object the simulator is about to return against the schema (server-set properties
 * allowed), so a simulator bug that invents a property fails loudly instead of teaching the client
 * a shape Stalwart never sends.
 */
final class ResponseGuard {

    private final SchemaChecker checker;

    ResponseGuard(SchemaChecker checker) {
        this.checker = checker;
    }

    void check(String objectName, ObjectNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("id");
        try {
            checker.checkObject(objectName, copy, "", true);
        } catch (SetErrorException e) {
            throw new IllegalStateException("simulator would return a shape Stalwart does not define: "
                    + objectName + " " + e.error().properties() + " " + e.error().description(), e);
        }
    }
}
