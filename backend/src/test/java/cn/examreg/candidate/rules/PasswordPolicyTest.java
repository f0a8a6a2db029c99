package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdefg1", "Exam2024Pass", "12345678a"})
    void validPasswords(String password) {
        assertNull(PasswordPolicy.check(password, "zhangsan"));
    }

    @Test
    void passwordLengthIsEightToSixtyFour() {
        assertEquals(RuleCodes.PASSWORD_LENGTH, PasswordPolicy.check("abcdef1", "zhangsan"));
        assertNull(PasswordPolicy.check("a1".repeat(32), "zhangsan"));
        assertEquals(RuleCodes.PASSWORD_LENGTH, PasswordPolicy.check("a1".repeat(32) + "b", "zhangsan"));
        assertEquals(RuleCodes.PASSWORD_LENGTH, PasswordPolicy.check(null, "zhangsan"));
        assertEquals(RuleCodes.PASSWORD_LENGTH, PasswordPolicy.check("", "zhangsan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd 1234", "abcd_1234", "abcd!1234", "密码abcd1234", "ａbcd12345"})
    void onlyAsciiLettersAndDigitsAreAllowed(String password) {
        assertEquals(RuleCodes.PASSWORD_CHARACTERS, PasswordPolicy.check(password, "zhangsan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "ABCDEFGH", "12345678"})
    void passwordNeedsALetterAndADigit(String password) {
        assertEquals(RuleCodes.PASSWORD_COMPOSITION, PasswordPolicy.check(password, "zhangsan"));
    }

    @Test
    void passwordMustNotEqualUsernameIgnoringCase() {
        assertEquals(RuleCodes.PASSWORD_EQUALS_USERNAME, PasswordPolicy.check("zhangsan1", "zhangsan1"));
        assertEquals(RuleCodes.PASSWORD_EQUALS_USERNAME, PasswordPolicy.check("ZhangSan1", "zhangsan1"));
        assertNull(PasswordPolicy.check("zhangsan12", "zhangsan1"));
        assertNull(PasswordPolicy.check("zhangsan1", null));
    }

    @Test
    void securityAnswerIsFourToThirtyCharactersAfterTrimming() {
        assertNull(PasswordPolicy.checkSecurityAnswer("北京协和"));
        assertNull(PasswordPolicy.checkSecurityAnswer("x".repeat(30)));
        assertNull(PasswordPolicy.checkSecurityAnswer("  abcd  "));
        assertEquals(RuleCodes.SECURITY_ANSWER_LENGTH, PasswordPolicy.checkSecurityAnswer("  abc  "));
        assertEquals(RuleCodes.SECURITY_ANSWER_LENGTH, PasswordPolicy.checkSecurityAnswer("x".repeat(31)));
        assertEquals(RuleCodes.SECURITY_ANSWER_LENGTH, PasswordPolicy.checkSecurityAnswer(null));
    }
}
