package eu.dezky.platform.web.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Request bodies are read strictly: an unknown property is refused (a misspelt {@code partnerID} must not silently
 * create a tenant without its partner), and nothing is coerced ({@code "slug": 12345} is not the slug "12345",
 * {@code "1"} is not true). Only the HTTP converter gets this copy of the mapper: Axon's serializers keep the shared
 * one, whose tolerance stored events rely on.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(strict(jackson.getObjectMapper()));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString)) {
                if (!isNative(type, shape)) {
                    strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        return strict;
    }

    /** The shapes a type is read from without coercion. */
    private static boolean isNative(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual, Enum -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            default -> false;
        };
    }
}
