package cn.examreg.catalogue;

import static cn.examreg.support.Api.adminToken;
import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.login;

import cn.examreg.support.Api;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data of the catalogue, made through the API: unique exam years (the database is shared by every test
 * class of the JVM), exams, windows, fees and operator tokens.
 */
final class CatalogueFixtures {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(800));
    private static final AtomicInteger SITES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
    private static final Map<String, String> AREA_OPERATORS = new ConcurrentHashMap<>();

    private CatalogueFixtures() {
    }

    /** A year no other test uses in this run (2100–2899). */
    static int uniqueYear() {
        return 2100 + YEARS.incrementAndGet() % 800;
    }

    /** A site code of the area no other test uses in this run. */
    static String uniqueSiteCode(String area) {
        return area + String.format("%08d", SITES.incrementAndGet() % 100_000_000);
    }

    static String admin() {
        return adminToken();
    }

    /** A token of an area operator of {@code area} (created once per area and run). */
    static String areaOperator(String area) {
        return AREA_OPERATORS.computeIfAbsent(area, a -> operator("AREA", a));
    }

    static String operator(String role, String area) {
        String username = "op" + Api.username();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "目录测试 " + role);
        body.put("role", role);
        body.put("areaCode", area);
        body.put("initialPassword", "Init2026pass");
        as(adminToken()).body(body).post("/api/v1/admin/operators").then().statusCode(201);
        String first = login(username, "Init2026pass");
        as(first).body(Map.of("currentPassword", "Init2026pass", "newPassword", "Chosen2026pass",
                        "securityQuestion", "工号？", "securityAnswer", "10086abc"))
                .post("/api/v1/auth/password").then().statusCode(204);
        return login(username, "Chosen2026pass");
    }

    /** Creates the exam year + category as the national admin and returns its code. */
    static String exam(int year, String category) {
        as(admin()).body(Map.of("year", year, "categoryCode", category))
                .post("/api/v1/admin/exams").then().statusCode(201);
        return year + category;
    }

    /** China-time ISO text of now + the given days, to the second. */
    static String chinaTime(long daysFromNow) {
        return OffsetDateTime.now(CHINA).plusDays(daysFromNow).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> window(String regOpens, String regCloses, String revOpens, String revCloses) {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationOpens", regOpens);
        body.put("registrationCloses", regCloses);
        body.put("reviewOpens", revOpens);
        body.put("reviewCloses", revCloses);
        return body;
    }

    /** A window open now: registration from 10 days ago for 30 days, review from now for 45 days. */
    static Map<String, Object> openWindow() {
        return window(chinaTime(-10), chinaTime(30), chinaTime(0), chinaTime(45));
    }

    static Map<String, Object> fee(long amountFen, String opens, String closes, List<String> channels) {
        Map<String, Object> body = new HashMap<>();
        body.put("amountFen", amountFen);
        body.put("payOpens", opens);
        body.put("payCloses", closes);
        body.put("channels", channels);
        return body;
    }
}
