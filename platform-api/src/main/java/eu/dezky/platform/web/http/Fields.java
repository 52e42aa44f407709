package eu.dezky.platform.web.http;

import eu.dezky.api.common.InvalidValueException;

import java.util.function.Supplier;

/** Builds value types from request fields and reports a failure under the field's path in the request body. */
public final class Fields {

    private Fields() {
    }

    public static <T> T parse(String path, Object raw, Supplier<T> constructor) {
        if (raw == null) {
            throw new InvalidValueException(path, path + " is required");
        }
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            // A nested field already named with its full path (owner.email) keeps it.
            if (e.field().startsWith(path + ".")) {
                throw e;
            }
            throw new InvalidValueException(path, e.getMessage());
        }
    }
}
