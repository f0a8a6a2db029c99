package cn.examreg.account;

import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.login;
import static cn.examreg.support.Api.registerCandidate;
import static cn.examreg.support.Api.residentId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.examreg.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    private static void failLogin(String username, int status) {
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "WrongPass123"))
                .post("/api/v1/auth/login").then().statusCode(status);
    }

    @Test
    void loginReturnsAShortLivedBearerToken() {
        String username = registerCandidate();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Passw0rd2026"))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(1800))
                .body("role", equalTo("CANDIDATE"))
                .body("mustChangePassword", equalTo(false))
                .body("accessToken", notNullValue());
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameAnswer() {
        String username = registerCandidate();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "WrongPass123"))
                .post("/api/v1/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS"));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody_" + username, "password", "WrongPass123"))
                .post("/api/v1/auth/login")
                .then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void locksTheAccountAfterFiveFailuresThenUnlocksAfterTheLockout() throws InterruptedException {
        String username = registerCandidate();
        for (int i = 0; i < 4; i++) {
            failLogin(username, 401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "WrongPass123"))
                .post("/api/v1/auth/login")
                .then().statusCode(423).body("code", equalTo("ACCOUNT_LOCKED"))
                .body("detail", containsString("锁定"));
        // even the right password is refused while locked
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Passw0rd2026"))
                .post("/api/v1/auth/login").then().statusCode(423);
        Thread.sleep(2_500); // the test profile locks for 2 s
        login(username, "Passw0rd2026");
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        String username = registerCandidate();
        List<Integer> statuses = Api.concurrently(5, () ->
                given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "WrongPass123"))
                        .post("/api/v1/auth/login").statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(1, java.util.Collections.frequency(statuses, 423),
                "exactly the fifth failure locks: " + statuses);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Passw0rd2026"))
                .post("/api/v1/auth/login").then().statusCode(423);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndThePolicy() {
        String username = registerCandidate();
        String token = login(username, "Passw0rd2026");
        as(token).body(Map.of("currentPassword", "WrongPass123", "newPassword", "NewPassw0rd1"))
                .post("/api/v1/auth/password")
                .then().statusCode(400).body("violations.code", hasItem("CURRENT_PASSWORD_WRONG"));
        as(token).body(Map.of("currentPassword", "Passw0rd2026", "newPassword", "onlyletters"))
                .post("/api/v1/auth/password")
                .then().statusCode(400).body("violations.field", hasItem("newPassword"));
        as(token).body(Map.of("currentPassword", "Passw0rd2026", "newPassword", "NewPassw0rd1"))
                .post("/api/v1/auth/password").then().statusCode(204);
        failLogin(username, 401);
        login(username, "NewPassw0rd1");
    }

    @Test
    void recoversThePasswordWithTheSecurityAnswer() {
        String username = Api.username();
        String id = residentId();
        given().contentType(ContentType.JSON).body(Api.registration(username, id))
                .post("/api/v1/candidates").then().statusCode(201);
        Map<String, Object> identity = Map.of("name", "张三", "documentType", "RESIDENT_ID", "documentNumber", id);
        given().contentType(ContentType.JSON).body(identity)
                .post("/api/v1/auth/password-reset/question")
                .then().statusCode(200).body("question", equalTo("我的小学校名？"));
        given().contentType(ContentType.JSON).body(Map.of("name", "李四", "documentType", "RESIDENT_ID", "documentNumber", id))
                .post("/api/v1/auth/password-reset/question")
                .then().statusCode(404).body("code", equalTo("RECOVERY_IDENTITY_UNKNOWN"));
        Map<String, Object> wrong = new java.util.HashMap<>(identity);
        wrong.put("securityAnswer", "错误答案");
        wrong.put("newPassword", "Recovered2026");
        given().contentType(ContentType.JSON).body(wrong).post("/api/v1/auth/password-reset")
                .then().statusCode(400).body("violations.code", hasItem("SECURITY_ANSWER_WRONG"));
        Map<String, Object> right = new java.util.HashMap<>(wrong);
        right.put("securityAnswer", "实验小学");
        given().contentType(ContentType.JSON).body(right).post("/api/v1/auth/password-reset")
                .then().statusCode(204);
        login(username, "Recovered2026");
    }

    @Test
    void protectedEndpointsNeedAValidToken() {
        given().get("/api/v1/candidates/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2("not.a.token").get("/api/v1/candidates/me")
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void candidateCannotUseOperatorEndpoints() {
        String token = login(registerCandidate(), "Passw0rd2026");
        as(token).get("/api/v1/admin/operators")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }
}
