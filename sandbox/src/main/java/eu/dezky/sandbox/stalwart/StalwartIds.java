package eu.dezky.sandbox.stalwart;

/**
 * Stalwart's id encoding: a number written in base 32 with the alphabet {@code a-z} followed by {@code 792013}, most
 * significant digit first, so {@code 0 → "a"}, {@code 1 → "b"}, {@code 100 → "de"}.
 */
final class StalwartIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz792013";

    private StalwartIds() {
    }

    static String encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative id " + value);
        }
        StringBuilder out = new StringBuilder();
        long rest = value;
        do {
            out.append(ALPHABET.charAt((int) (rest & 31)));
            rest >>>= 5;
        } while (rest != 0);
        return out.reverse().toString();
    }

    /** Returns the number behind an id, or -1 when the string is not a well-formed id. */
    static long decode(String id) {
        if (id == null || id.isEmpty() || id.length() > 13) {
            return -1;
        }
        long value = 0;
        for (char c : id.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                return -1;
            }
            value = (value << 5) | digit;
        }
        return value;
    }
}
