package eu.dezky.platform.secrets;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One-time passwords: 20 characters from SecureRandom with at least one upper-case letter, lower-case letter, digit
 * and symbol (Stalwart refuses short or weak ones). Look-alike characters are left out because people type them.
 */
public final class OneTimePasswords {

    static final int LENGTH = 20;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-=?@_~";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        List<Character> chars = new ArrayList<>(LENGTH);
        for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(set));
        }
        while (chars.size() < LENGTH) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, random);
        StringBuilder out = new StringBuilder(LENGTH);
        chars.forEach(out::append);
        return out.toString();
    }

    private char pick(String set) {
        return set.charAt(random.nextInt(set.length()));
    }
}
