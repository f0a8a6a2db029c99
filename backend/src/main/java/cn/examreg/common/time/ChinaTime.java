package cn.examreg.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** China time (Asia/Shanghai), where windows are judged and dates are shown; the database keeps UTC. */
public final class ChinaTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
