package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", " 15012345678 "})
    void mainlandMobileIsElevenDigitsStartingWithOne(String mobile) {
        assertNull(ContactRules.mobile(Region.MAINLAND, mobile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380013800", "138001380001", "23800138000", "03800138000", "1380013800a", "138 0013 8000",
                            "+8613800138000", ""})
    void invalidMainlandMobilesAreRefused(String mobile) {
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(Region.MAINLAND, mobile));
    }

    @ParameterizedTest
    @EnumSource(value = Region.class, names = {"HONG_KONG", "MACAO", "TAIWAN", "FOREIGN"})
    void otherRegionsAcceptSixToElevenDigitsNotStartingWithZero(Region region) {
        assertNull(ContactRules.mobile(region, "912345"));
        assertNull(ContactRules.mobile(region, "91234567"));
        assertNull(ContactRules.mobile(region, "91234567890"));
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(region, "91234"));
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(region, "912345678901"));
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(region, "0912345678"));
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(region, "9123-4567"));
        assertEquals(RuleCodes.MOBILE_FORMAT, ContactRules.mobile(region, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "0731-84822258-123", "0731-84822258", "021-123456", "08888-1234567-1",
                            "010-12345678-123456"})
    void validLandlines(String phone) {
        assertNull(ContactRules.landline(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "010 12345678", "01012345678", "10-12345678", "110-12345678", "01-12345678",
                            "012345-12345678", "010-12345", "010-123456789", "010-12345678-", "010-12345678-1234567",
                            "(010)12345678", "010-1234567a", ""})
    void invalidLandlinesAreRefused(String phone) {
        assertEquals(RuleCodes.PHONE_FORMAT, ContactRules.landline(phone));
    }

    @Test
    void nullLandlineIsRefused() {
        assertEquals(RuleCodes.PHONE_FORMAT, ContactRules.landline(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "12345@qq.com", "zhang.san@example.com.cn", "li_si+exam@mail-host.org"})
    void validEmails(String email) {
        assertNull(ContactRules.email(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@bc", "", "   "})
    void emailsShorterThanFiveCharactersAreRefused(String email) {
        assertEquals(RuleCodes.EMAIL_LENGTH, ContactRules.email(email));
    }

    @Test
    void emailsLongerThanSixtyCharactersAreRefused() {
        String local = "a".repeat(48);
        assertNull(ContactRules.email(local + "@example.com")); // exactly 60 characters
        assertEquals(RuleCodes.EMAIL_LENGTH, ContactRules.email(local + "b@example.com"));
        assertEquals(RuleCodes.EMAIL_LENGTH, ContactRules.email(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan.example.com", "zhang san@example.com", "zhangsan@example", "zhangsan@@example.com",
                            "@example.com", "zhangsan@.com", "zhangsan@example.c", ".zhang@example.com",
                            "zhang..san@example.com", "zhangsan@example..com", "张三@example.com", "zhangsan@-example.com"})
    void implausibleEmailsAreRefused(String email) {
        assertEquals(RuleCodes.EMAIL_FORMAT, ContactRules.email(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010050", "100000", "830000"})
    void mainlandPostalCodeIsSixDigitsLeadingZerosIncluded(String code) {
        assertNull(ContactRules.postalCode(Region.MAINLAND, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10005", "1000000", "10005A", "100 000", ""})
    void invalidMainlandPostalCodesAreRefused(String code) {
        assertEquals(RuleCodes.POSTAL_CODE_FORMAT, ContactRules.postalCode(Region.MAINLAND, code));
    }

    @ParameterizedTest
    @EnumSource(value = Region.class, names = {"HONG_KONG", "MACAO", "TAIWAN", "FOREIGN"})
    void otherRegionsAcceptThreeToSixLettersOrDigits(Region region) {
        assertNull(ContactRules.postalCode(region, "100"));
        assertNull(ContactRules.postalCode(region, "K1A0B1"));
        assertEquals(RuleCodes.POSTAL_CODE_FORMAT, ContactRules.postalCode(region, "10"));
        assertEquals(RuleCodes.POSTAL_CODE_FORMAT, ContactRules.postalCode(region, "1000001"));
        assertEquals(RuleCodes.POSTAL_CODE_FORMAT, ContactRules.postalCode(region, "K1A 0B1"));
        assertEquals(RuleCodes.POSTAL_CODE_FORMAT, ContactRules.postalCode(region, null));
    }

    @Test
    void addressUpToThirtyCharactersIsAccepted() {
        assertNull(ContactRules.address("北京市西城区"));
        assertNull(ContactRules.address("址".repeat(30)));
        assertNull(ContactRules.address("𠀀".repeat(30)));
    }

    @Test
    void addressOfThirtyOneCharactersIsTooLong() {
        assertEquals(RuleCodes.ADDRESS_LENGTH, ContactRules.address("址".repeat(31)));
        assertEquals(RuleCodes.ADDRESS_LENGTH, ContactRules.address("a".repeat(31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void blankAddressIsRefused(String address) {
        assertEquals(RuleCodes.ADDRESS_LENGTH, ContactRules.address(address));
        assertEquals(RuleCodes.ADDRESS_LENGTH, ContactRules.address(null));
    }
}
