package cn.examreg.candidate.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks a candidate's name: Chinese characters for the mainland, Chinese or Latin for HK/Macao/Taiwan, Latin abroad. */
public final class PersonNames {

    /** The middle dot separating parts of an ethnic-minority name. */
    public static final char DOT = '·';
    /** Maximum name length in characters (code points). */
    public static final int MAX_LENGTH = 28;

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+(?:['-][A-Za-z]+)*(?: [A-Za-z]+(?:['-][A-Za-z]+)*)*");

    private PersonNames() {
    }

    /** Trims and turns '•' and '.' into the middle dot '·'; null stays null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().replace('•', DOT).replace('.', DOT);
    }

    /** Returns null when the name is valid for the region, else the rule code. */
    public static String check(Region region, String raw) {
        Objects.requireNonNull(region, "region");
        String name = normalize(raw);
        if (name == null || name.isEmpty()) {
            return RuleCodes.NAME_REQUIRED;
        }
        if (Characters.length(name) > MAX_LENGTH) {
            return RuleCodes.NAME_LENGTH;
        }
        if (region == Region.MAINLAND) {
            return chinese(name);
        }
        String latin = latin(name);
        if (region == Region.FOREIGN || latin == null) {
            return latin;
        }
        String chinese = chinese(name);
        if (chinese == null) {
            return null;
        }
        return name.codePoints().anyMatch(Characters::isAsciiLetter) ? latin : chinese;
    }

    /** Mainland rule: Chinese characters, '?' for a rare character, single inner middle dots. */
    private static String chinese(String name) {
        boolean ok = name.codePoints().allMatch(cp -> Characters.isHan(cp) || cp == '?' || cp == DOT)
                && name.charAt(0) != DOT
                && name.charAt(name.length() - 1) != DOT
                && !name.contains("" + DOT + DOT);
        return ok ? null : RuleCodes.NAME_MAINLAND_CHARACTERS;
    }

    /** Latin rule: words of letters (inner hyphen or apostrophe allowed) split by single spaces, capitalised. */
    private static String latin(String name) {
        if (!LATIN.matcher(name).matches()) {
            return RuleCodes.NAME_LATIN_CHARACTERS;
        }
        for (String word : name.split(" ")) {
            if (!isUpper(word.charAt(0)) || word.chars().skip(1).anyMatch(PersonNames::isUpper)) {
                return RuleCodes.NAME_LATIN_CASE;
            }
        }
        return null;
    }

    /** Whether the character is an ASCII upper-case letter. */
    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
