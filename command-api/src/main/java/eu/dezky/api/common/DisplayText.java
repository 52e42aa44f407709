package eu.dezky.api.common;

/**
 * A name a person types and others read (a display name, a list's name): required, trimmed, at most a given length,
 * and free of characters that are not text. Control characters (NUL, line breaks) and the invisible formatting ones
 * (bidi overrides such as U+202E, which make "gpj.exe" read as "exe.jpg") are refused; the zero-width joiners some
 * scripts and emoji need (U+200C, U+200D) are kept.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** The trimmed text, or a 400 naming {@code field}. */
    public static String require(String field, String raw, int max) {
        InvalidValueException.require(raw != null && !raw.isBlank() && raw.strip().length() <= max, field,
                field + " is required (at most " + max + " characters)");
        String text = raw.strip();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            InvalidValueException.require(isText(c), field, field + " must not contain control or formatting"
                    + " characters (found U+" + String.format("%04X", c) + " at position " + i + ")");
            i += Character.charCount(c);
        }
        return text;
    }

    private static boolean isText(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                 Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            case Character.FORMAT -> c == 0x200C || c == 0x200D;
            default -> true;
        };
    }
}
