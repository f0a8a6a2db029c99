package cn.examreg.candidate.rules;

import java.util.Set;

/** Stable rule codes returned by the candidate validation rules; each has a message in i18n/rules*.properties. */
public final class RuleCodes {

    public static final String RESIDENT_ID_LENGTH = "RESIDENT_ID_LENGTH";
    public static final String RESIDENT_ID_OLD_FORMAT = "RESIDENT_ID_OLD_FORMAT";
    public static final String RESIDENT_ID_CHARACTERS = "RESIDENT_ID_CHARACTERS";
    public static final String RESIDENT_ID_BIRTH_DATE = "RESIDENT_ID_BIRTH_DATE";
    public static final String RESIDENT_ID_CHECK_CHARACTER = "RESIDENT_ID_CHECK_CHARACTER";
    public static final String RESIDENT_ID_REGION_MISMATCH = "RESIDENT_ID_REGION_MISMATCH";

    public static final String DOCUMENT_TYPE_REGION = "DOCUMENT_TYPE_REGION";
    public static final String DOCUMENT_NUMBER_CHARACTERS = "DOCUMENT_NUMBER_CHARACTERS";
    public static final String DOCUMENT_NUMBER_LENGTH = "DOCUMENT_NUMBER_LENGTH";
    public static final String DOCUMENT_NUMBER_FORMAT = "DOCUMENT_NUMBER_FORMAT";

    public static final String NAME_REQUIRED = "NAME_REQUIRED";
    public static final String NAME_LENGTH = "NAME_LENGTH";
    public static final String NAME_MAINLAND_CHARACTERS = "NAME_MAINLAND_CHARACTERS";
    public static final String NAME_LATIN_CASE = "NAME_LATIN_CASE";
    public static final String NAME_LATIN_CHARACTERS = "NAME_LATIN_CHARACTERS";

    public static final String MOBILE_FORMAT = "MOBILE_FORMAT";
    public static final String PHONE_FORMAT = "PHONE_FORMAT";
    public static final String EMAIL_LENGTH = "EMAIL_LENGTH";
    public static final String EMAIL_FORMAT = "EMAIL_FORMAT";
    public static final String POSTAL_CODE_FORMAT = "POSTAL_CODE_FORMAT";
    public static final String ADDRESS_LENGTH = "ADDRESS_LENGTH";

    public static final String PASSWORD_LENGTH = "PASSWORD_LENGTH";
    public static final String PASSWORD_CHARACTERS = "PASSWORD_CHARACTERS";
    public static final String PASSWORD_COMPOSITION = "PASSWORD_COMPOSITION";
    public static final String PASSWORD_EQUALS_USERNAME = "PASSWORD_EQUALS_USERNAME";
    public static final String SECURITY_ANSWER_LENGTH = "SECURITY_ANSWER_LENGTH";

    public static final String USERNAME_FORMAT = "USERNAME_FORMAT";
    public static final String USERNAME_IMPORTED_FORMAT = "USERNAME_IMPORTED_FORMAT";

    public static final String AGE_RANGE = "AGE_RANGE";
    public static final String BIRTH_DATE_FUTURE = "BIRTH_DATE_FUTURE";

    public static final String MONTH_FORMAT = "MONTH_FORMAT";
    public static final String MONTH_RANGE = "MONTH_RANGE";

    public static final String GRADUATION_CERTIFICATE_FORMAT = "GRADUATION_CERTIFICATE_FORMAT";

    /** Every code above; keep in step with the constants (RuleCodesTest checks it). */
    public static final Set<String> ALL = Set.of(
            RESIDENT_ID_LENGTH, RESIDENT_ID_OLD_FORMAT, RESIDENT_ID_CHARACTERS, RESIDENT_ID_BIRTH_DATE,
            RESIDENT_ID_CHECK_CHARACTER, RESIDENT_ID_REGION_MISMATCH,
            DOCUMENT_TYPE_REGION, DOCUMENT_NUMBER_CHARACTERS, DOCUMENT_NUMBER_LENGTH, DOCUMENT_NUMBER_FORMAT,
            NAME_REQUIRED, NAME_LENGTH, NAME_MAINLAND_CHARACTERS, NAME_LATIN_CASE, NAME_LATIN_CHARACTERS,
            MOBILE_FORMAT, PHONE_FORMAT, EMAIL_LENGTH, EMAIL_FORMAT, POSTAL_CODE_FORMAT, ADDRESS_LENGTH,
            PASSWORD_LENGTH, PASSWORD_CHARACTERS, PASSWORD_COMPOSITION, PASSWORD_EQUALS_USERNAME,
            SECURITY_ANSWER_LENGTH,
            USERNAME_FORMAT, USERNAME_IMPORTED_FORMAT,
            AGE_RANGE, BIRTH_DATE_FUTURE,
            MONTH_FORMAT, MONTH_RANGE,
            GRADUATION_CERTIFICATE_FORMAT);

    private RuleCodes() {
    }
}
