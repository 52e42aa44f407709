package eu.dezky.adapters.stalwart;

/**
 * An object that blocks a destroy ({@code objectIsLinked}), e.g. {@code Account d} or
 * {@code SystemSettings singleton}; {@code object} is Stalwart's name without {@code x:}.
 */
public record LinkedObject(String object, String id) {
}
