package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

    private static final LocalDate BIRTH = LocalDate.of(2000, 5, 20);

    @Test
    void eighteenthBirthdayIsOldEnough() {
        assertNull(Ages.check(BIRTH, LocalDate.of(2018, 5, 20)));
    }

    @Test
    void dayBeforeEighteenthBirthdayIsTooYoung() {
        assertEquals(RuleCodes.AGE_RANGE, Ages.check(BIRTH, LocalDate.of(2018, 5, 19)));
    }

    @Test
    void seventyFiveIsAcceptedUntilTheDayBeforeTheSeventySixthBirthday() {
        assertNull(Ages.check(BIRTH, LocalDate.of(2075, 5, 20)));
        assertNull(Ages.check(BIRTH, LocalDate.of(2076, 5, 19)));
    }

    @Test
    void seventySixIsTooOld() {
        assertEquals(RuleCodes.AGE_RANGE, Ages.check(BIRTH, LocalDate.of(2076, 5, 20)));
    }

    @Test
    void leapDayBirthTurnsEighteenOnFirstOfMarchInCommonYears() {
        LocalDate leapDay = LocalDate.of(2004, 2, 29);
        assertEquals(RuleCodes.AGE_RANGE, Ages.check(leapDay, LocalDate.of(2022, 2, 28)));
        assertNull(Ages.check(leapDay, LocalDate.of(2022, 3, 1)));
    }

    @Test
    void futureBirthDateIsRefused() {
        assertEquals(RuleCodes.BIRTH_DATE_FUTURE, Ages.check(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 1)));
    }

    @Test
    void birthTodayIsTooYoungNotFuture() {
        assertEquals(RuleCodes.AGE_RANGE, Ages.check(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)));
    }
}
