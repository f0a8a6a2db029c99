package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    /** Builds a valid 18-character number from its first 17 digits. */
    static String valid(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The given 18-character number with its last character replaced by a wrong check character. */
    static String withWrongCheck(String valid) {
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519900307123", "44030420000229456", "65010219571231001", "81000019880808123"})
    void validNumbersBuiltWithCheckCharacterAreAccepted(String first17) {
        assertNull(ResidentIdNumber.check(valid(first17)));
    }

    @Test
    void publishedSampleWithCheckCharacterXIsValid() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105199003071001", "110105199003071060", "11010519900307101X", "110105199003071079",
                            "110105199003071028", "110105199003071087", "110105199003071036", "110105199003071095",
                            "110105199003071044", "110105199003071183", "110105199003071052"})
    void checkCharacterFollowsTheStandardForEveryRemainder(String valid) {
        assertEquals(valid.charAt(17), ResidentIdNumber.checkCharacter(valid.substring(0, 17)));
        assertNull(ResidentIdNumber.check(valid));
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertNull(ResidentIdNumber.check("11010519491231002x"));
        assertEquals("11010519491231002X", ResidentIdNumber.parse(" 11010519491231002x ").value());
    }

    @Test
    void surroundingWhitespaceIsTrimmed() {
        assertNull(ResidentIdNumber.check("  11010519491231002X\t"));
    }

    @Test
    void wrongCheckCharacterIsRefused() {
        String good = valid("11010519900307123");
        assertEquals(RuleCodes.RESIDENT_ID_CHECK_CHARACTER, ResidentIdNumber.check(withWrongCheck(good)));
        assertEquals(RuleCodes.RESIDENT_ID_CHECK_CHARACTER, ResidentIdNumber.check("110105194912310021"));
    }

    @Test
    void oldFifteenDigitNumberIsRefusedAsOldFormat() {
        assertEquals(RuleCodes.RESIDENT_ID_OLD_FORMAT, ResidentIdNumber.check("110105491231002"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "11010519491231002", "11010519491231002X1", "1101051949123100", "11010519491231"})
    void numbersNotEighteenCharactersLongAreRefused(String raw) {
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, ResidentIdNumber.check(raw));
    }

    @Test
    void nullIsRefusedAsLength() {
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, ResidentIdNumber.check(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "A1010519491231002X", "11010519491231002Y", "110105１9491231002X"})
    void lettersOtherThanFinalXAreRefused(String raw) {
        assertEquals(RuleCodes.RESIDENT_ID_CHARACTERS, ResidentIdNumber.check(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519990230123", "11010519990001123", "11010519991301123", "11010520230229123"})
    void impossibleBirthDateIsRefused(String first17) {
        assertEquals(RuleCodes.RESIDENT_ID_BIRTH_DATE, ResidentIdNumber.check(valid(first17)));
    }

    @Test
    void february29thInLeapYearIsAccepted() {
        assertEquals(LocalDate.of(2000, 2, 29), ResidentIdNumber.parse(valid("11010520000229123")).birthDate());
    }

    @Test
    void futureBirthDateIsRefused() {
        assertEquals(RuleCodes.RESIDENT_ID_BIRTH_DATE, ResidentIdNumber.check(valid("11010529991231123")));
        LocalDate today = LocalDate.of(2024, 6, 1);
        RuleException e = assertThrows(RuleException.class,
                () -> ResidentIdNumber.parse(valid("11010520240602123"), today));
        assertEquals(RuleCodes.RESIDENT_ID_BIRTH_DATE, e.code());
    }

    @Test
    void birthDateTodayIsAccepted() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        assertEquals(today, ResidentIdNumber.parse(valid("11010520240601123"), today).birthDate());
    }

    @ParameterizedTest
    @CsvSource({"11010519900307121, MALE", "11010519900307123, MALE", "11010519900307129, MALE",
                "11010519900307120, FEMALE", "11010519900307122, FEMALE", "11010519900307128, FEMALE"})
    void seventeenthDigitOddIsMaleEvenIsFemale(String first17, Sex expected) {
        assertEquals(expected, ResidentIdNumber.parse(valid(first17)).sex());
    }

    @Test
    void parseThrowsRuleExceptionCarryingTheCode() {
        RuleException e = assertThrows(RuleException.class, () -> ResidentIdNumber.parse("123"));
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, e.code());
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "110105194912310021", "1101051949123100X"})
    void checkCharacterNeedsExactlySeventeenDigits(String bad) {
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter(bad));
    }
}
