package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * What the simulator needs to know of Stalwart's registry objects: which it serves, their variants, their properties'
 * types, defaults and enum values. {@link OwnVocabulary} is the simulator's own knowledge and always suffices to run;
 * {@link StalwartSchema}, the vendor's schema file, adds the full check of every property and value when the tests
 * and CI switch it on ({@value StalwartSchema#LOCATION_SETTING}).
 */
interface StalwartVocabulary {

    /** Whether {@code x:<Object>} is a registry object. */
    boolean hasObject(String objectName);

    /** Whether the object or embedded type has variants selected by {@code @type}. */
    boolean isMultiVariant(String name);

    /** The variant names of a multi-variant type. */
    Set<String> variants(String name);

    /** The fields name of a variant (the type's own for a single-schema type); null when the variant is unknown. */
    String fieldsNameFor(String name, String variant);

    /** The property spec ({@code type}, {@code update}, …) or empty when the property is unknown. */
    Optional<JsonNode> property(String fieldsName, String property);

    /** The declared defaults of a fields entry (may be missing). */
    JsonNode defaults(String fieldsName);

    /** Whether {@code value} is one of the enum's names. */
    boolean isEnumValue(String enumName, String value);

    /** Says which vocabulary runs, for logs and the engine's info. */
    String source();
}
