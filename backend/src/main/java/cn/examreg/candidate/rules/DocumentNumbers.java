package cn.examreg.candidate.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation and checks for identity-document numbers, by document type and candidate region. */
public final class DocumentNumbers {

    private static final Pattern LETTERS_DIGITS = Pattern.compile("[A-Z0-9]+");
    private static final Pattern TAIWAN_ID = Pattern.compile("[A-Z][0-9]{9}");
    private static final Pattern HONG_KONG_PERMIT = Pattern.compile("H[0-9]{10}");
    private static final Pattern MACAO_PERMIT = Pattern.compile("M[0-9]{10}");

    private DocumentNumbers() {
    }

    /** Trims surrounding whitespace and upper-cases letters; null stays null. */
    public static String normalize(DocumentType type, String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Returns null when the number is valid for the document type and region, else the rule code. */
    public static String check(DocumentType type, Region region, String normalized) {
        if (type == null || !type.allowedFor(region)) {
            return RuleCodes.DOCUMENT_TYPE_REGION;
        }
        String number = normalize(type, normalized == null ? "" : normalized);
        if (!number.codePoints().allMatch(Character::isLetterOrDigit)) {
            return RuleCodes.DOCUMENT_NUMBER_CHARACTERS;
        }
        int length = Characters.length(number);
        return switch (type) {
            case RESIDENT_ID -> residentId(region, number);
            case TAIWAN_PERMIT -> shape(length == 10, LETTERS_DIGITS.matcher(number).matches());
            case TAIWAN_ID -> shape(length == 10, TAIWAN_ID.matcher(number).matches());
            case HONG_KONG_PERMIT -> shape(length == 11, HONG_KONG_PERMIT.matcher(number).matches());
            case MACAO_PERMIT -> shape(length == 11, MACAO_PERMIT.matcher(number).matches());
            case HONG_KONG_ID -> shape(length == 8 || length == 9, LETTERS_DIGITS.matcher(number).matches());
            case MACAO_ID -> shape(length == 8, LETTERS_DIGITS.matcher(number).matches());
            case PASSPORT -> shape(length >= 6 && length <= 20, LETTERS_DIGITS.matcher(number).matches());
            case MILITARY_OFFICER, POLICE_OFFICER, CIVILIAN_CADRE, SOLDIER, MILITARY_STUDENT ->
                    shape(length >= 4 && length <= 20, number.codePoints().allMatch(
                            cp -> Characters.isAsciiLetter(cp) || Characters.isAsciiDigit(cp) || Characters.isHan(cp)));
        };
    }

    /** Resident ID rules plus the 81/82/83 residence-permit prefix matching the region. */
    private static String residentId(Region region, String number) {
        String code = ResidentIdNumber.check(number);
        if (code != null) {
            return code;
        }
        return residentIdRegion(number) == region ? null : RuleCodes.RESIDENT_ID_REGION_MISMATCH;
    }

    /** The region a resident ID number belongs to: 81 Hong Kong, 82 Macao, 83 Taiwan, otherwise mainland. */
    private static Region residentIdRegion(String number) {
        return switch (number.substring(0, 2)) {
            case "81" -> Region.HONG_KONG;
            case "82" -> Region.MACAO;
            case "83" -> Region.TAIWAN;
            default -> Region.MAINLAND;
        };
    }

    /** Length first, then form. */
    private static String shape(boolean lengthOk, boolean formOk) {
        if (!lengthOk) {
            return RuleCodes.DOCUMENT_NUMBER_LENGTH;
        }
        return formOk ? null : RuleCodes.DOCUMENT_NUMBER_FORMAT;
    }
}
