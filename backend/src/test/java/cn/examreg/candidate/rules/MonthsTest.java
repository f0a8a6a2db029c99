package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTest {

    @Test
    void parsesStrictYearMonth() {
        assertEquals(YearMonth.of(2020, 9), Months.parse("2020-09"));
        assertEquals(YearMonth.of(1999, 12), Months.parse(" 1999-12 "));
        assertEquals(YearMonth.of(2001, 1), Months.parse("2001-01"));
        assertNull(Months.check("2020-09"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-9", "2020-13", "2020-00", "20-09", "2020/09", "2020-09-01", "202009", "2020年09月",
                            "+2020-09", "２０２０-09", ""})
    void nonStrictMonthsAreRefused(String raw) {
        RuleException e = assertThrows(RuleException.class, () -> Months.parse(raw));
        assertEquals(RuleCodes.MONTH_FORMAT, e.code());
        assertEquals(RuleCodes.MONTH_FORMAT, Months.check(raw));
    }

    @Test
    void nullMonthIsRefused() {
        assertEquals(RuleCodes.MONTH_FORMAT, Months.check(null));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertEquals(RuleCodes.MONTH_RANGE, Months.checkRange(YearMonth.of(2020, 9), YearMonth.of(2020, 8)));
        assertEquals(RuleCodes.MONTH_RANGE, Months.checkRange(YearMonth.of(2020, 1), YearMonth.of(2019, 12)));
    }

    @Test
    void endInOrAfterStartMonthIsAccepted() {
        assertNull(Months.checkRange(YearMonth.of(2020, 9), YearMonth.of(2020, 9)));
        assertNull(Months.checkRange(YearMonth.of(2015, 9), YearMonth.of(2020, 7)));
    }
}
