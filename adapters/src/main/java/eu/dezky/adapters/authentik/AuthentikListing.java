package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.JsonCodec;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static eu.dezky.adapters.http.JsonCodec.get;

/** Walks an Authentik listing to its end, page by page (A2: {@code next} is a page number, 0 on the last page). */
final class AuthentikListing {

    private AuthentikListing() {
    }

    /** Every item of {@code path} narrowed by {@code filter}, in pages of 100 (the server's default size). */
    static <T> List<T> all(HttpExecutor http, JsonCodec json, String path, TypeReference<AuthentikPage<T>> type,
                           UnaryOperator<HttpUrl.Builder> filter) {
        List<T> all = new ArrayList<>();
        for (int page = 1; page > 0; ) {
            HttpUrl url = filter.apply(http.url(path)).addQueryParameter("page", String.valueOf(page))
                    .addQueryParameter("page_size", "100").build();
            AuthentikPage<T> current = json.read(http.expectSuccess("GET " + path, get(url)), type);
            all.addAll(current.results());
            page = current.pagination().next() > page ? current.pagination().next() : 0;
        }
        return all;
    }
}
