package cn.examreg.candidate.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Candidate age limits: 18 to 75 full years on the given day. */
public final class Ages {

    /** Youngest allowed age in full years. */
    public static final int MIN_AGE = 18;
    /** Oldest allowed age in full years. */
    public static final int MAX_AGE = 75;

    private Ages() {
    }

    /** Returns null when the candidate is 18-75 full years old on {@code today}, else the rule code. */
    public static String check(LocalDate birthDate, LocalDate today) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(today, "today");
        if (birthDate.isAfter(today)) {
            return RuleCodes.BIRTH_DATE_FUTURE;
        }
        long age = ChronoUnit.YEARS.between(birthDate, today);
        return age < MIN_AGE || age > MAX_AGE ? RuleCodes.AGE_RANGE : null;
    }
}
