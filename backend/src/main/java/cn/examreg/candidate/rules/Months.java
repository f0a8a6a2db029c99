package cn.examreg.candidate.rules;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/** Year-month values such as study or work periods, written YYYY-MM. */
public final class Months {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");

    private Months() {
    }

    /** Parses strict YYYY-MM (month 01-12), or throws {@link RuleException} with MONTH_FORMAT. */
    public static YearMonth parse(String raw) {
        var matcher = FORMAT.matcher(raw == null ? "" : raw.strip());
        if (!matcher.matches()) {
            throw new RuleException(RuleCodes.MONTH_FORMAT);
        }
        return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Returns null when the value is strict YYYY-MM, else MONTH_FORMAT. */
    public static String check(String raw) {
        try {
            parse(raw);
            return null;
        } catch (RuleException e) {
            return e.code();
        }
    }

    /** Returns MONTH_RANGE when the end month is before the start month, else null (same month is fine). */
    public static String checkRange(YearMonth start, YearMonth end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return end.isBefore(start) ? RuleCodes.MONTH_RANGE : null;
    }
}
