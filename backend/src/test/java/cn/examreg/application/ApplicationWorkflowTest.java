package cn.examreg.application;

import static cn.examreg.application.ApplicationFixtures.candidate;
import static cn.examreg.application.ApplicationFixtures.education;
import static cn.examreg.support.Api.adminToken;
import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.examreg.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationWorkflowTest {

    private static Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return body;
    }

    @Test
    void wizardSubmitAndFourLevelReviewEndApproved() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("steps.complete", org.hamcrest.Matchers.everyItem(equalTo(true)));
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("UNDER_REVIEW")).body("reviewLevel", equalTo("POINT"))
                .body("reviews[0].status", equalTo("IN_REVIEW"));
        String educationId = as(token).get("/api/v1/applications/" + id).then().extract().path("educationIds[0]");
        as(token).get("/api/v1/candidates/me/educations").then().body("[0].locked", equalTo(true));

        as(operator("REGISTRATION_POINT", f.area, f.site, "P1")).body(decision("APPROVE", null))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(200)
                .body("reviewLevel", equalTo("SITE"));
        String site = operator("SITE", f.area, f.site, null);
        as(site).body(decision("APPROVE", null)).post("/api/v1/applications/" + id + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("identityVerified"));
        Map<String, Object> siteApproval = decision("APPROVE", null);
        siteApproval.put("identityVerified", true);
        siteApproval.put("verifiedEntryIds", List.of(educationId));
        as(site).body(siteApproval).post("/api/v1/applications/" + id + "/reviews").then().statusCode(200)
                .body("reviewLevel", equalTo("AREA")).body("identityVerified", equalTo(true));
        as(operator("AREA", f.area, null, null)).body(decision("APPROVE", null))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(200)
                .body("reviewLevel", equalTo("NATIONAL"));
        as(adminToken()).body(decision("APPROVE", null)).post("/api/v1/applications/" + id + "/reviews")
                .then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("reviews.status", org.hamcrest.Matchers.everyItem(equalTo("APPROVED")));

        as(token).get("/api/v1/candidates/me").then()
                .body("identityVerified", equalTo(true)).body("educations[0].verified", equalTo(true));
        as(token).get("/api/v1/applications/" + id + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE"))
                .body("[3].level", equalTo("SITE")).body("[3].actorRole", equalTo("SITE"));
        as(adminToken()).body(decision("REJECT", "重复")).post("/api/v1/applications/" + id + "/reviews")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", containsString("APPROVED"));
    }

    @Test
    void noticeAndFormArePdfsWithTheChineseNameAndApplicationNumber() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).get("/api/v1/applications/" + id + "/notice.pdf").then().statusCode(409)
                .body("code", equalTo("DOCUMENT_NOT_AVAILABLE"));
        String number = as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .extract().path("number");
        for (String document : List.of("notice.pdf", "form.pdf")) {
            byte[] pdf = as(token).get("/api/v1/applications/" + id + "/" + document).then().statusCode(200)
                    .contentType("application/pdf").header("Cache-Control", "no-store").extract().asByteArray();
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                org.junit.jupiter.api.Assertions.assertTrue(text.contains("张三"), document + ": " + text);
                org.junit.jupiter.api.Assertions.assertTrue(text.contains(number), document + ": " + text);
            }
        }
        String stranger = Api.login(Api.registerCandidate(), "Passw0rd2026");
        as(stranger).get("/api/v1/applications/" + id + "/notice.pdf").then().statusCode(404);
        as(operator("SITE", f.area, f.site, null)).get("/api/v1/applications/" + id + "/form.pdf").then().statusCode(200);
    }

    @Test
    void oneLiveApplicationPerExamAndWithdrawAllowsANewOne() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(token).body(Map.of("examCode", f.examCode)).post("/api/v1/applications")
                .then().statusCode(409).body("code", equalTo("APPLICATION_EXISTS"));
        as(token).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        as(token).get("/api/v1/candidates/me/educations").then().body("[0].locked", equalTo(false));
        as(token).body(Map.of("examCode", f.examCode)).post("/api/v1/applications").then().statusCode(201);
        as(token).post("/api/v1/applications/" + id + "/withdraw").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void incompleteApplicationIsRefusedNamingTheMissingSteps() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = as(token).body(Map.of("examCode", f.examCode)).post("/api/v1/applications")
                .then().statusCode(201).body("steps.find { it.step == 'EDUCATION' }.complete", equalTo(false))
                .extract().path("id");
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("educationIds"))
                .body("violations.field", hasItem("areaCode"))
                .body("violations.field", hasItem("siteCode"))
                .body("violations.field", hasItem("materials.PHOTO"));
    }

    @Test
    void secondarySchoolCandidateForPractisingExamNeedsTheAssistantCertificate() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String education = education(token, "SECONDARY");
        String id = as(token).body(Map.of("examCode", f.examCode)).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        as(token).body(Map.of("version", 0, "educationIds", List.of(education), "areaCode", f.area, "siteCode", f.site))
                .patch("/api/v1/applications/" + id).then().statusCode(200);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.code", hasItem("ASSISTANT_CERTIFICATE_REQUIRED"));
        String cert = as(token).body(Map.of("kind", "ASSISTANT_QUALIFICATION", "certificateMonth", "2015-12",
                        "certificateNumber", "201511110430102", "registrationMonth", "2016-03",
                        "registrationNumber", "210430100012345"))
                .post("/api/v1/candidates/me/certificates").then().statusCode(201).extract().path("id");
        as(token).body(Map.of("version", 1, "certificateId", cert)).patch("/api/v1/applications/" + id)
                .then().statusCode(200);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("materials.ASSISTANT_QUALIFICATION"))
                .body("violations.field", hasItem("materials.ASSISTANT_PRACTISING"));
        ApplicationFixtures.uploadMaterials(token, id);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void extraSubjectsOnlyForThoseEntitledAndRestrictedSitesOnlyForListedInstitutions() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).body(Map.of("version", 1, "extraSubjects", List.of("MILITARY_MEDICINE", "PAEDIATRICS")))
                .patch("/api/v1/applications/" + id).then().statusCode(200)
                .body("steps.find { it.step == 'AREA' }.problems.code", hasItem("EXTRA_SUBJECT_NOT_ENTITLED"));
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("extraSubjects"));
        // the candidate's probation institution 湘雅医院 is on the restricted site's list
        as(token).body(Map.of("version", 2, "extraSubjects", List.of(), "siteCode", f.restrictedSite))
                .patch("/api/v1/applications/" + id).then().statusCode(200);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);

        String other = Api.login(Api.registerCandidate(), "Passw0rd2026");
        as(other).body(Map.of("version", 0, "contact", Map.of("mobile", "13800138000", "email", "a@example.com"),
                "work", Map.of("employmentStatus", "PROBATION", "probationInstitution", "别的医院")))
                .put("/api/v1/candidates/me").then().statusCode(200);
        String draft = f.completeDraft(other);
        as(other).body(Map.of("version", 1, "siteCode", f.restrictedSite)).patch("/api/v1/applications/" + draft)
                .then().statusCode(200);
        as(other).post("/api/v1/applications/" + draft + "/submit").then().statusCode(400)
                .body("violations.code", hasItem("SITE_RESTRICTED"));
    }

    @Test
    void submittingOutsideTheRegistrationWindowIsRefusedWithItsDates() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", false);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(409)
                .body("code", equalTo("REGISTRATION_CLOSED")).body("detail", containsString("北京时间"));
    }

    @Test
    void reviewersActOnlyAtTheirLevelAndInTheirScope() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(operator("SITE", f.area, f.site, null)).get("/api/v1/applications/" + id).then().statusCode(404);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(operator("SITE", f.area, f.site, null)).body(decision("APPROVE", null))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(409)
                .body("code", equalTo("REVIEW_LEVEL_MISMATCH"));
        as(operator("REGISTRATION_POINT", f.area, f.restrictedSite, "P9")).body(decision("APPROVE", null))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(404);
        as(operator("AREA", "42", null, null)).get("/api/v1/applications/" + id).then().statusCode(404);
        as(token).body(decision("APPROVE", null)).post("/api/v1/applications/" + id + "/reviews").then().statusCode(403);
        String stranger = Api.login(Api.registerCandidate(), "Passw0rd2026");
        as(stranger).get("/api/v1/applications/" + id).then().statusCode(404);
        as(stranger).get("/api/v1/applications/" + id + "/history").then().statusCode(404);
        as(stranger).get("/api/v1/applications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void returnedApplicationIsCorrectedAndResumesAtTheReturningLevel() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(operator("REGISTRATION_POINT", f.area, f.site, "P1")).body(decision("APPROVE", null))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(200);
        String site = operator("SITE", f.area, f.site, null);
        as(site).body(decision("RETURN", null)).post("/api/v1/applications/" + id + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        as(site).body(decision("RETURN", "毕业证书编号有误")).post("/api/v1/applications/" + id + "/reviews")
                .then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("reviews[1].status", equalTo("RETURNED")).body("reviews[1].reason", equalTo("毕业证书编号有误"));
        int version = as(token).get("/api/v1/applications/" + id).then().extract().path("version");
        as(token).body(Map.of("version", version, "attempts", 2)).patch("/api/v1/applications/" + id)
                .then().statusCode(200);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("UNDER_REVIEW")).body("reviewLevel", equalTo("SITE"))
                .body("attempts", equalTo(2));
        as(token).get("/api/v1/applications/" + id + "/history").then()
                .body("action", hasItem("RETURN")).body("action", hasItem("RESUBMIT"));
    }

    @Test
    void rejectionIsFinalAndFreesTheCandidateToApplyAgain() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        as(operator("REGISTRATION_POINT", f.area, f.site, "P1")).body(decision("REJECT", "不符合报考条件"))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(200)
                .body("state", equalTo("REJECTED"));
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(409);
        as(token).body(Map.of("examCode", f.examCode)).post("/api/v1/applications").then().statusCode(201);
    }

    @Test
    void twoSimultaneousSubmitsOrReviewsApplyOnce() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        List<Integer> submits = Api.concurrently(2, () ->
                as(token).post("/api/v1/applications/" + id + "/submit").statusCode());
        assertEquals(List.of(200, 409), submits.stream().sorted().toList(), submits.toString());
        String point = operator("REGISTRATION_POINT", f.area, f.site, "P1");
        List<Integer> reviews = Api.concurrently(2, () ->
                as(point).body(decision("APPROVE", null)).post("/api/v1/applications/" + id + "/reviews").statusCode());
        assertEquals(1, Collections.frequency(reviews, 200), reviews.toString());
        assertEquals(1, Collections.frequency(reviews, 409), reviews.toString());
        as(token).get("/api/v1/applications/" + id + "/history").then().body("action", hasSize(3));
    }

    @Test
    void operatorsQueueFiltersPagesAndExports() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        for (int i = 0; i < 3; i++) {
            String token = candidate();
            String id = f.completeDraft(token);
            as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        }
        String area = operator("AREA", f.area, null, null);
        as(area).get("/api/v1/applications?examCode=" + f.examCode + "&size=2&sort=number")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2))
                .body("items[0].documentNumber", containsString("*"));
        as(area).get("/api/v1/applications?examCode=" + f.examCode + "&reviewLevel=SITE").then().body("total", equalTo(0));
        as(area).get("/api/v1/applications?size=500").then().statusCode(400).body("violations.field", hasItem("size"));
        String csv = as(area).accept("text/csv").get("/api/v1/applications/export?examCode=" + f.examCode)
                .then().statusCode(200).extract().asString();
        assertEquals(4, csv.strip().split("\n").length, csv);
        as(operator("AREA", "42", null, null)).get("/api/v1/applications?examCode=" + f.examCode)
                .then().body("total", equalTo(0));
    }
}
