package eu.dezky.platform.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.dezky.platform.problem.ProblemCode;
import eu.dezky.platform.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an unreadable request body into a 400 naming what is wrong: the unknown property, the field with the wrong
 * type (in the body's own spelling, {@code owner.email}, {@code recipients[2]}), or that the body is no JSON at all.
 * Jackson's own messages are not passed on: they name Java classes.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static ProblemDetail of(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return Problems.invalid(ProblemCode.UNKNOWN_PROPERTY, field, "unknown property '" + field + "'"
                    + known(unknown.getKnownPropertyIds()));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return Problems.invalid(ProblemCode.INVALID_VALUE, field, field + " must be " + expected(mismatch.getTargetType()));
        }
        if (cause instanceof MismatchedInputException) {
            return Problems.invalid(ProblemCode.MALFORMED_BODY, null, "the body must be a JSON object");
        }
        if (cause instanceof JsonProcessingException json) {
            return Problems.invalid(ProblemCode.MALFORMED_BODY, null, "the body is not valid JSON (line "
                    + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")");
        }
        return Problems.invalid(ProblemCode.MALFORMED_BODY, null, "a JSON body is required");
    }

    /** {@code owner.email}, {@code recipients[2]}: where in the body the failure is. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String known(Collection<Object> names) {
        return names == null || names.isEmpty() ? ""
                : "; known: " + names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** What the field should have been, in JSON's words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another type";
    }
}
