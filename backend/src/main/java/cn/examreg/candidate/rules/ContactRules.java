package cn.examreg.candidate.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks contact details: mobile and landline numbers, e-mail, postal code and postal address. */
public final class ContactRules {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[0-9]{10}");
    private static final Pattern OTHER_MOBILE = Pattern.compile("[1-9][0-9]{5,10}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,4}-[0-9]{6,8}(?:-[0-9]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");
    private static final Pattern MAINLAND_POSTAL_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern OTHER_POSTAL_CODE = Pattern.compile("[A-Za-z0-9]{3,6}");
    /** Maximum address length in characters (code points). */
    public static final int ADDRESS_MAX_LENGTH = 30;

    private ContactRules() {
    }

    /** Mobile: mainland 11 digits starting with 1, elsewhere 6-11 digits, never a leading 0. */
    public static String mobile(Region region, String raw) {
        Pattern form = Objects.requireNonNull(region, "region") == Region.MAINLAND ? MAINLAND_MOBILE : OTHER_MOBILE;
        return matches(form, raw) ? null : RuleCodes.MOBILE_FORMAT;
    }

    /** Landline: area code (0 then 2-4 digits), '-', 6-8 digits, optionally '-' and a 1-6 digit extension. */
    public static String landline(String raw) {
        return matches(LANDLINE, raw) ? null : RuleCodes.PHONE_FORMAT;
    }

    /** E-mail: 5-60 characters and a plausible local@domain.tld address without spaces. */
    public static String email(String raw) {
        String email = raw == null ? "" : raw.strip();
        int length = Characters.length(email);
        if (length < 5 || length > 60) {
            return RuleCodes.EMAIL_LENGTH;
        }
        return EMAIL.matcher(email).matches() ? null : RuleCodes.EMAIL_FORMAT;
    }

    /** Postal code: mainland exactly 6 digits (leading zeros allowed), elsewhere 3-6 letters or digits. */
    public static String postalCode(Region region, String raw) {
        Pattern form = Objects.requireNonNull(region, "region") == Region.MAINLAND ? MAINLAND_POSTAL_CODE : OTHER_POSTAL_CODE;
        return matches(form, raw) ? null : RuleCodes.POSTAL_CODE_FORMAT;
    }

    /** Address: not blank and at most 30 characters (code points). */
    public static String address(String raw) {
        String address = raw == null ? "" : raw.strip();
        int length = Characters.length(address);
        return length == 0 || length > ADDRESS_MAX_LENGTH ? RuleCodes.ADDRESS_LENGTH : null;
    }

    /** Whether the trimmed value matches the pattern; null never matches. */
    private static boolean matches(Pattern pattern, String raw) {
        return raw != null && pattern.matcher(raw.strip()).matches();
    }
}
