package eu.dezky.adapters.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An okhttp network interceptor that validates every request the client sends and every response the
 * simulator returns against a vendor spec, collecting the violations for the test to assert on.
 */
public final class ContractRecorder implements Interceptor {

    private final OpenApiInteractionValidator validator;
    private final List<String> violations = new ArrayList<>();
    private int interactions;

    public ContractRecorder(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        String responseBody = response.peekBody(Long.MAX_VALUE).string();
        ValidationReport report = validator.validate(toRequest(request), toResponse(response, responseBody));
        synchronized (this) {
            interactions++;
            report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> violations.add(request.method() + " " + request.url().encodedPath() + " -> "
                            + response.code() + ": " + m.getKey() + " " + m.getMessage()));
        }
        return response;
    }

    /** Every violation seen so far. */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** How many request/response pairs were checked. */
    public synchronized int interactions() {
        return interactions;
    }

    static SimpleRequest toRequest(Request request) throws IOException {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.url().encodedPath());
        for (String name : request.url().queryParameterNames()) {
            builder.withQueryParam(name, request.url().queryParameterValues(name));
        }
        for (String name : request.headers().names()) {
            builder.withHeader(name, request.headers(name));
        }
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            builder.withBody(buffer.readUtf8());
            if (request.body().contentType() != null) {
                builder.withContentType(request.body().contentType().toString());
            }
        }
        return builder.build();
    }

    static SimpleResponse toResponse(Response response, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.code());
        for (String name : response.headers().names()) {
            if (!Set.of("content-length", "date").contains(name.toLowerCase())) {
                builder.withHeader(name, response.headers(name));
            }
        }
        if (!body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }
}
