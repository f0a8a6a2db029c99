package cn.examreg.candidate.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Account usernames: self-registered ones and ones created by bulk import. */
public final class Usernames {

    private static final Pattern SELF_REGISTERED = Pattern.compile("[a-z][a-z0-9_]{3,31}");
    private static final Pattern IMPORTED = Pattern.compile("[a-z0-9]{4,32}");

    private Usernames() {
    }

    /** Trims and lower-cases; null stays null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Self-registered username: 4-32 letters, digits or underscores, starting with a letter. */
    public static String check(String raw) {
        return matches(SELF_REGISTERED, raw) ? null : RuleCodes.USERNAME_FORMAT;
    }

    /** Bulk-imported username (may be a document number): 4-32 letters or digits. */
    public static String checkImported(String raw) {
        return matches(IMPORTED, raw) ? null : RuleCodes.USERNAME_IMPORTED_FORMAT;
    }

    /** Whether the normalised value matches the pattern; null never matches. */
    private static boolean matches(Pattern pattern, String raw) {
        return raw != null && pattern.matcher(normalize(raw)).matches();
    }
}
