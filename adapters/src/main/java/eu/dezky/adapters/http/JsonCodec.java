package eu.dezky.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Jackson set up the way every vendor client needs it: unknown response properties ignored (vendors add
 * fields between releases), nulls left out of request bodies (strict servers reject what we do not mean
 * to send). An unreadable response is {@link AdapterException.Kind#REJECTED}: retrying will not fix it.
 */
public final class JsonCodec {

    private static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final String target;

    /** @param target the system name used in error messages */
    public JsonCodec(String target) {
        this.target = target;
    }

    /** {@code value} as a JSON request body. */
    public RequestBody body(Object value) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(value), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise request body", e);
        }
    }

    /** The response body as {@code type}. */
    public <T> T read(HttpResult result, Class<T> type) {
        try {
            return mapper.readValue(result.body(), type);
        } catch (JsonProcessingException e) {
            throw unreadable(result, e);
        }
    }

    /** The response body as a generic {@code type}. */
    public <T> T read(HttpResult result, TypeReference<T> type) {
        try {
            return mapper.readValue(result.body(), type);
        } catch (JsonProcessingException e) {
            throw unreadable(result, e);
        }
    }

    /** The body as a tree; a missing node when it is empty or not JSON (for error bodies). */
    public JsonNode tree(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            return node == null ? mapper.missingNode() : node;
        } catch (JsonProcessingException e) {
            return mapper.missingNode();
        }
    }

    /** The underlying mapper, for converting trees. */
    public ObjectMapper mapper() {
        return mapper;
    }

    private AdapterException unreadable(HttpResult result, Exception e) {
        return new AdapterException(AdapterException.Kind.REJECTED, target, result.status(),
                result.operation() + ": unreadable response: " + e.getMessage(), null, e);
    }

    /** A GET of {@code url}. */
    public static Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().build();
    }

    /** A DELETE of {@code url}. */
    public static Request delete(HttpUrl url) {
        return new Request.Builder().url(url).delete().build();
    }

    /** A POST of {@code body} as JSON to {@code url}. */
    public Request post(HttpUrl url, Object body) {
        return new Request.Builder().url(url).post(body(body)).build();
    }

    /** A PATCH of {@code body} as JSON to {@code url}. */
    public Request patch(HttpUrl url, Object body) {
        return new Request.Builder().url(url).patch(body(body)).build();
    }
}
