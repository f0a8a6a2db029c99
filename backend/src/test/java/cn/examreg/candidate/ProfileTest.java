package cn.examreg.candidate;

import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.login;
import static cn.examreg.support.Api.registerCandidate;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileTest {

    private static String candidate() {
        return login(registerCandidate(), "Passw0rd2026");
    }

    private static Map<String, Object> update(int version, String mobile, String address) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("mobile", mobile);
        contact.put("email", "zhangsan@example.com");
        contact.put("homePhone", "010-12345678");
        contact.put("workPhone", "0731-84822258-123");
        contact.put("address", address);
        contact.put("postalCode", "010050");
        Map<String, Object> work = new HashMap<>();
        work.put("employmentStatus", "EMPLOYED");
        work.put("employer", "北京协和医院");
        return Map.of("version", version, "contact", contact, "work", work);
    }

    private static Map<String, Object> education() {
        return new HashMap<>(Map.of("startMonth", "2008-09", "endMonth", "2013-07", "school", "北京大学医学部",
                "major", "临床医学", "level", "UNDERGRADUATE", "studyForm", "FULL_TIME",
                "certificateNumber", "100011201305001234", "proofType", "MOE_REGISTRATION_RECORD",
                "proofCode", "A1B2C3D4E5F6G7"));
    }

    @Test
    void updatesContactAndWorkWithOptimisticLocking() {
        String token = candidate();
        as(token).body(update(0, "13912345678", "北京市东城区东单北大街1号"))
                .put("/api/v1/candidates/me")
                .then().statusCode(200)
                .body("contact.mobile", equalTo("13912345678"))
                .body("contact.postalCode", equalTo("010050"))
                .body("work.employer", equalTo("北京协和医院"))
                .body("version", equalTo(1));
        as(token).body(update(0, "13900000000", "别处"))
                .put("/api/v1/candidates/me")
                .then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        as(token).get("/api/v1/candidates/me").then().statusCode(200)
                .body("contact.mobile", equalTo("13912345678"));
    }

    @Test
    void refusesBadContactDetailsNamingEachField() {
        String token = candidate();
        Map<String, Object> body = update(0, "0123", "北".repeat(31));
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) body.get("contact");
        contact.put("homePhone", "12345");
        contact.put("postalCode", "1000");
        as(token).body(body).put("/api/v1/candidates/me")
                .then().statusCode(400)
                .body("violations.field", hasItem("contact.mobile"))
                .body("violations.field", hasItem("contact.homePhone"))
                .body("violations.field", hasItem("contact.postalCode"))
                .body("violations.field", hasItem("contact.address"));
    }

    @Test
    void basicInformationCannotBeChangedByTheCandidate() {
        String token = candidate();
        Map<String, Object> body = new HashMap<>(update(0, "13912345678", "北京"));
        body.put("basic", Map.of("name", "李四"));
        as(token).body(body).put("/api/v1/candidates/me")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void educationEntriesAreCreatedChangedAndDeleted() {
        String token = candidate();
        String id = as(token).body(education()).post("/api/v1/candidates/me/educations")
                .then().statusCode(201).body("locked", equalTo(false)).body("verified", equalTo(false))
                .extract().path("id");
        Map<String, Object> change = education();
        change.put("version", 0);
        change.put("major", "口腔医学");
        as(token).body(change).put("/api/v1/candidates/me/educations/" + id)
                .then().statusCode(200).body("major", equalTo("口腔医学")).body("version", equalTo(1));
        as(token).body(change).put("/api/v1/candidates/me/educations/" + id)
                .then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        as(token).get("/api/v1/candidates/me").then().body("educations", hasSize(1));
        as(token).delete("/api/v1/candidates/me/educations/" + id).then().statusCode(204);
        as(token).get("/api/v1/candidates/me/educations").then().body("$", hasSize(0));
    }

    @Test
    void educationRulesDependOnTheLevel() {
        String token = candidate();
        Map<String, Object> bad = education();
        bad.put("certificateNumber", "12345");
        bad.put("endMonth", "2007-13");
        as(token).body(bad).post("/api/v1/candidates/me/educations")
                .then().statusCode(400)
                .body("violations.field", hasItem("certificateNumber"))
                .body("violations.code", hasItem("MONTH_FORMAT"));
        Map<String, Object> reversed = education();
        reversed.put("endMonth", "2007-07");
        as(token).body(reversed).post("/api/v1/candidates/me/educations")
                .then().statusCode(400).body("violations.code", hasItem("MONTH_RANGE"));
        as(token).body(Map.of("level", "NONE")).post("/api/v1/candidates/me/educations")
                .then().statusCode(201);
        as(token).body(Map.of("level", "UNDERGRADUATE")).post("/api/v1/candidates/me/educations")
                .then().statusCode(400).body("violations.field", hasItem("certificateNumber"))
                .body("violations.field", hasItem("school"));
    }

    @Test
    void lockedEntriesCannotBeChangedOrDeleted() {
        String token = candidate();
        String id = as(token).body(education()).post("/api/v1/candidates/me/educations")
                .then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> Education.update("locked = true where id = ?1", id));
        Map<String, Object> change = education();
        change.put("version", 0);
        as(token).body(change).put("/api/v1/candidates/me/educations/" + id)
                .then().statusCode(409).body("code", equalTo("ENTRY_LOCKED"));
        as(token).delete("/api/v1/candidates/me/educations/" + id)
                .then().statusCode(409).body("code", equalTo("ENTRY_LOCKED"));
    }

    @Test
    void trainingsAndCertificatesFollowTheirRules() {
        String token = candidate();
        as(token).body(Map.of("startMonth", "2013-08", "endMonth", "2016-07", "institution", "北京协和医院",
                        "kind", "STANDARDISED_RESIDENCY"))
                .post("/api/v1/candidates/me/trainings").then().statusCode(201);
        as(token).body(Map.of("kind", "ASSISTANT_QUALIFICATION", "certificateNumber", "201511110430102"))
                .post("/api/v1/candidates/me/certificates")
                .then().statusCode(400).body("violations.field", hasItem("certificateMonth"));
        as(token).body(Map.of("kind", "ASSISTANT_QUALIFICATION", "certificateMonth", "2015-12",
                        "certificateNumber", "201511110430102"))
                .post("/api/v1/candidates/me/certificates").then().statusCode(201);
        as(token).get("/api/v1/candidates/me").then()
                .body("trainings", hasSize(1)).body("certificates", hasSize(1));
    }

    @Test
    void aCandidateCannotReadOrChangeAnothersEntries() {
        String owner = candidate();
        String intruder = candidate();
        String id = as(owner).body(education()).post("/api/v1/candidates/me/educations")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> change = education();
        change.put("version", 0);
        change.put("school", "篡改");
        as(intruder).body(change).put("/api/v1/candidates/me/educations/" + id).then().statusCode(404);
        as(intruder).delete("/api/v1/candidates/me/educations/" + id).then().statusCode(404);
        as(intruder).get("/api/v1/candidates/me/educations").then().body("$", hasSize(0));
        as(owner).get("/api/v1/candidates/me/educations").then().body("[0].school", equalTo("北京大学医学部"));
    }
}
