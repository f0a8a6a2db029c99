package cn.examreg.account;

import static cn.examreg.support.Api.adminToken;
import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.login;
import static cn.examreg.support.Api.residentId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.common.audit.AuditEvent;
import cn.examreg.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorAndImportTest {

    static String operator(String role, String area, String site) {
        return Api.operator(role, area, site, null);
    }

    @Test
    void areaOperatorCreatesSiteOperatorsOnlyInItsOwnArea() {
        String area = operator("AREA", "43", null);
        Map<String, Object> site = new HashMap<>(Map.of("username", "site" + Api.username(), "displayName", "长沙考点",
                "role", "SITE", "areaCode", "43", "siteCode", "4301", "initialPassword", "Init2026pass"));
        as(area).body(site).post("/api/v1/admin/operators").then().statusCode(201);
        site.put("username", "site" + Api.username());
        site.put("areaCode", "42");
        as(area).body(site).post("/api/v1/admin/operators")
                .then().statusCode(403).body("violations.code", hasItem("ROLE_NOT_ALLOWED"));
        site.put("role", "NATIONAL");
        site.put("areaCode", null);
        site.put("siteCode", null);
        as(area).body(site).post("/api/v1/admin/operators").then().statusCode(403);
    }

    @Test
    void operatorRoleNeedsItsScope() {
        as(adminToken()).body(Map.of("username", "site" + Api.username(), "displayName", "x", "role", "SITE",
                        "areaCode", "4", "initialPassword", "Init2026pass"))
                .post("/api/v1/admin/operators")
                .then().statusCode(400)
                .body("violations.field", hasItem("areaCode"))
                .body("violations.field", hasItem("siteCode"));
    }

    @Test
    void bulkImportCreatesAccountsThatMustChangeTheirPassword() {
        String area = operator("AREA", "43", null);
        String good = residentId();
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String taken = residentId();
        given().contentType(ContentType.JSON).body(Api.registration(Api.username(), taken))
                .post("/api/v1/candidates").then().statusCode(201);
        List<Map<String, Object>> rows = List.of(
                Map.of("name", "李四", "region", "MAINLAND", "documentType", "RESIDENT_ID", "documentNumber", good),
                Map.of("name", "王五", "region", "MAINLAND", "documentType", "RESIDENT_ID", "documentNumber", bad),
                Map.of("name", "赵六", "region", "MAINLAND", "documentType", "RESIDENT_ID", "documentNumber", taken));
        as(area).body(Map.of("initialPassword", "Init2026pass", "rows", rows))
                .post("/api/v1/admin/candidates/import")
                .then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(2))
                .body("results[0].status", equalTo("CREATED"))
                .body("results[0].username", equalTo(good.toLowerCase()))
                .body("results[1].status", equalTo("INVALID"))
                .body("results[1].violations.code", hasItem("RESIDENT_ID_CHECK_CHARACTER"))
                .body("results[2].status", equalTo("DUPLICATE"));

        given().contentType(ContentType.JSON).body(Map.of("username", good, "password", "Init2026pass"))
                .post("/api/v1/auth/login")
                .then().statusCode(200).body("mustChangePassword", equalTo(true));
        String forced = login(good, "Init2026pass");
        as(forced).get("/api/v1/candidates/me")
                .then().statusCode(403).body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        as(forced).body(Map.of("currentPassword", "Init2026pass", "newPassword", "Mine2026pass"))
                .post("/api/v1/auth/password")
                .then().statusCode(400).body("violations.field", hasItem("securityQuestion"));
        as(forced).body(Map.of("currentPassword", "Init2026pass", "newPassword", "Mine2026pass",
                        "securityQuestion", "母亲的姓名？", "securityAnswer", "王小花花"))
                .post("/api/v1/auth/password").then().statusCode(204);
        as(login(good, "Mine2026pass")).get("/api/v1/candidates/me")
                .then().statusCode(200).body("basic.name", equalTo("李四"));
    }

    @Test
    void bulkImportAcceptsCsv() {
        String id = residentId();
        String csv = "name,region,documentType,documentNumber,sex,birthDate,mobile,initialPassword\n"
                + "钱七,MAINLAND,RESIDENT_ID," + id + ",,,13900139000,Init2026pass\n"
                + "Chan Tai Man,HONG_KONG,HONG_KONG_PERMIT,H" + (1_000_000_000L + System.nanoTime() % 1_000_000_000L)
                + ",MALE,1991-02-03,,Init2026pass\n"
                + "孙八,MARS,RESIDENT_ID," + residentId() + ",,,,Init2026pass\n";
        given().auth().oauth2(adminToken()).contentType("text/csv").body(csv)
                .post("/api/v1/admin/candidates/import?areaCode=43")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("results[2].status", equalTo("INVALID"))
                .body("results[2].violations.field", hasItem("region"));
    }

    @Test
    void operatorCorrectsBasicInformationWithAnAuditedReason() {
        String id = residentId();
        String username = Api.username();
        String candidateId = given().contentType(ContentType.JSON).body(Api.registration(username, id))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        Map<String, Object> correction = new HashMap<>(Map.of("version", 0, "name", "张三丰", "region", "MAINLAND",
                "documentType", "RESIDENT_ID", "documentNumber", id, "reason", "现场审核核对身份证原件，姓名录入有误"));
        as(adminToken()).body(correction).patch("/api/v1/admin/candidates/" + candidateId + "/basic")
                .then().statusCode(200).body("basic.name", equalTo("张三丰")).body("version", equalTo(1));
        as(adminToken()).body(correction).patch("/api/v1/admin/candidates/" + candidateId + "/basic")
                .then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        as(login(username, "Passw0rd2026")).get("/api/v1/candidates/me")
                .then().statusCode(200).body("basic.name", equalTo("张三丰"));

        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>list("entityId = ?1 and action = ?2", candidateId, "BASIC_INFO_CORRECTED"));
        assertTrue(events.size() == 1, "one audit event");
        AuditEvent event = events.get(0);
        assertTrue(event.reason.contains("姓名录入有误"));
        assertFalse(event.beforeData.contains(id), "document number masked in the audit trail");
        assertFalse(event.afterData.contains("张三丰"), "name masked in the audit trail");
        assertTrue(event.actorRole.equals("NATIONAL"));
        as(adminToken()).get("/api/v1/admin/audit-events?entityType=candidate&entityId=" + candidateId)
                .then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("CANDIDATE_REGISTERED", "BASIC_INFO_CORRECTED"));
        as(login(username, "Passw0rd2026")).get("/api/v1/admin/audit-events?entityType=candidate&entityId=" + candidateId)
                .then().statusCode(403);
    }

    @Test
    void areaOperatorCannotReadCandidatesOutsideItsArea() {
        String candidateId = given().contentType(ContentType.JSON).body(Api.registration(Api.username(), residentId()))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        as(operator("AREA", "11", null)).get("/api/v1/admin/candidates/" + candidateId)
                .then().statusCode(404).body("detail", not(containsString("Exception")));
        as(adminToken()).get("/api/v1/admin/candidates/" + candidateId).then().statusCode(200);
    }
}
