package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @Test
    void normalizeTrimsAndLowerCases() {
        assertEquals("zhang_san", Usernames.normalize("  Zhang_San "));
        assertNull(Usernames.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "Zhang_San2024", "a___", "a2345678901234567890123456789012"})
    void validUsernames(String username) {
        assertNull(Usernames.check(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a23456789012345678901234567890123", "1abc", "_abc", "zhang san", "zhang-san",
                            "张三丰丰", "zhang.san", ""})
    void invalidUsernamesAreRefused(String username) {
        assertEquals(RuleCodes.USERNAME_FORMAT, Usernames.check(username));
    }

    @Test
    void nullUsernameIsRefused() {
        assertEquals(RuleCodes.USERNAME_FORMAT, Usernames.check(null));
        assertEquals(RuleCodes.USERNAME_IMPORTED_FORMAT, Usernames.checkImported(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "H1234567800", "E12345678", "1234", "abcd"})
    void importedUsernamesMayBeDocumentNumbers(String username) {
        assertNull(Usernames.checkImported(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "A123456(7)", "zhang_san", "H12345678-00", "123456789012345678901234567890123"})
    void importedUsernamesAreFourToThirtyTwoLettersOrDigits(String username) {
        assertEquals(RuleCodes.USERNAME_IMPORTED_FORMAT, Usernames.checkImported(username));
    }
}
