package cn.examreg.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** China time (Asia/Shanghai), where windows are judged and dates are shown; the database keeps UTC. */
public final class ChinaTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The instant shown in China time (+08:00), or null. */
    public static java.time.OffsetDateTime of(java.time.Instant instant) {
        return instant == null ? null : java.time.OffsetDateTime.ofInstant(instant, ZONE);
    }

    /** A window boundary as people read it: 2026-03-15 17:00 (China time). */
    public static String format(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE)
                .format(instant);
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
