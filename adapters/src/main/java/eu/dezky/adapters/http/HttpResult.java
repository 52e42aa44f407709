package eu.dezky.adapters.http;

import okhttp3.Headers;

/** A complete response, read and closed, so callers never leak connections. */
public record HttpResult(String operation, int status, Headers headers, String body) {

    /** 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
