package cn.examreg.support;

import static io.restassured.RestAssured.given;

import cn.examreg.candidate.rules.ResidentIdNumber;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helpers: fresh identities, registrations and logins through the public API. */
public final class Api {
    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private Api() {
    }

    /** A valid resident ID for the given birth date, unique within the run (sequence digits vary). */
    public static String residentId(LocalDate birth, boolean male) {
        int seq = SEQ.incrementAndGet() % 500;
        int order = seq * 2 + (male ? 1 : 0);
        String first17 = String.format("110105%s%03d", birth.toString().replace("-", ""), order);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String residentId() {
        LocalDate birth = LocalDate.of(1970 + ThreadLocalRandom.current().nextInt(30),
                1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        return residentId(birth, ThreadLocalRandom.current().nextBoolean());
    }

    public static String username() {
        return "u" + Long.toString(System.nanoTime(), 36) + SEQ.incrementAndGet();
    }

    public static Map<String, Object> registration(String username, String documentNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "Passw0rd2026");
        body.put("securityQuestion", "我的小学校名？");
        body.put("securityAnswer", "实验小学");
        body.put("name", "张三");
        body.put("region", "MAINLAND");
        body.put("documentType", "RESIDENT_ID");
        body.put("documentNumber", documentNumber);
        body.put("mobile", "13800138000");
        body.put("email", "zhangsan@example.com");
        return body;
    }

    /** Registers a fresh candidate and returns its username (password Passw0rd2026). */
    public static String registerCandidate() {
        String username = username();
        given().contentType(ContentType.JSON).body(registration(username, residentId()))
                .post("/api/v1/candidates").then().statusCode(201);
        return username;
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200)
                .extract().path("accessToken");
    }

    public static String adminToken() {
        return login("admin", "Admin12345");
    }

    /** Creates an operator as the national admin and returns a usable token (after the forced password change). */
    public static String operator(String role, String area, String site, String point) {
        String username = "op" + username();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试 " + role);
        body.put("role", role);
        body.put("areaCode", area);
        body.put("siteCode", site);
        body.put("pointCode", point);
        body.put("initialPassword", "Init2026pass");
        as(adminToken()).body(body).post("/api/v1/admin/operators").then().statusCode(201);
        String first = login(username, "Init2026pass");
        as(first).body(Map.of("currentPassword", "Init2026pass", "newPassword", "Chosen2026pass",
                        "securityQuestion", "工号？", "securityAnswer", "10086abc"))
                .post("/api/v1/auth/password").then().statusCode(204);
        return login(username, "Chosen2026pass");
    }

    /** Fires {@code n} copies of a request at once and returns their status codes. */
    public static java.util.List<Integer> concurrently(int n, java.util.concurrent.Callable<Integer> request)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var future : pool.invokeAll(java.util.Collections.nCopies(n, request))) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
