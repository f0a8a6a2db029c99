package cn.examreg.candidate.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** An 18-character resident ID number (GB 11643-1999) with the birth date and sex it encodes. */
public record ResidentIdNumber(String value, LocalDate birthDate, Sex sex) {

    /** Zone used for "today" when checking that the birth date is not in the future. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Parses a resident ID number as of today in China, or throws {@link RuleException} with the broken rule. */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /** Parses a resident ID number as of the given day, or throws {@link RuleException} with the broken rule. */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        String id = raw == null ? "" : raw.strip();
        if (id.length() == 15 && id.chars().allMatch(c -> Characters.isAsciiDigit(c))) {
            throw new RuleException(RuleCodes.RESIDENT_ID_OLD_FORMAT);
        }
        if (Characters.length(id) != 18) {
            throw new RuleException(RuleCodes.RESIDENT_ID_LENGTH);
        }
        id = id.toUpperCase(Locale.ROOT);
        char last = id.charAt(17);
        if (!id.substring(0, 17).chars().allMatch(c -> Characters.isAsciiDigit(c))
                || !(Characters.isAsciiDigit(last) || last == 'X')) {
            throw new RuleException(RuleCodes.RESIDENT_ID_CHARACTERS);
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            throw new RuleException(RuleCodes.RESIDENT_ID_BIRTH_DATE);
        }
        if (birthDate.isAfter(today)) {
            throw new RuleException(RuleCodes.RESIDENT_ID_BIRTH_DATE);
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            throw new RuleException(RuleCodes.RESIDENT_ID_CHECK_CHARACTER);
        }
        Sex sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentIdNumber(id, birthDate, sex);
    }

    /** Returns null when the number is a valid resident ID number, else the rule code. */
    public static String check(String raw) {
        try {
            parse(raw);
            return null;
        } catch (RuleException e) {
            return e.code();
        }
    }

    /** The check character (0-9 or X) for the first 17 digits of a resident ID number. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17
                || !first17.chars().allMatch(c -> Characters.isAsciiDigit(c))) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
