package cn.examreg.catalogue;

import static cn.examreg.catalogue.CatalogueFixtures.admin;
import static cn.examreg.catalogue.CatalogueFixtures.areaOperator;
import static cn.examreg.catalogue.CatalogueFixtures.chinaTime;
import static cn.examreg.catalogue.CatalogueFixtures.exam;
import static cn.examreg.catalogue.CatalogueFixtures.fee;
import static cn.examreg.catalogue.CatalogueFixtures.openWindow;
import static cn.examreg.catalogue.CatalogueFixtures.uniqueSiteCode;
import static cn.examreg.catalogue.CatalogueFixtures.uniqueYear;
import static cn.examreg.catalogue.CatalogueFixtures.window;
import static cn.examreg.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operator configuration: exams, windows, fees and sites, with validation, scope, locking and audit. */
@QuarkusTest
class CatalogueAdminTest {
    @Inject
    CatalogueService catalogue;

    private boolean accepts(String site, String institution) {
        return QuarkusTransaction.requiringNew().call(() -> catalogue.siteAccepts(site, institution));
    }

    @Test
    void createsAnExamAsYearPlusCategoryAndRefusesADuplicateWith409() {
        int year = uniqueYear();
        as(admin()).body(Map.of("year", year, "categoryCode", "120")).post("/api/v1/admin/exams")
                .then().statusCode(201)
                .body("code", equalTo(year + "120"))
                .body("category.nameZh", equalTo("口腔执业医师"));
        as(admin()).body(Map.of("year", year, "categoryCode", "120")).post("/api/v1/admin/exams")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("EXAM_EXISTS"))
                .body("violations[0].field", equalTo("categoryCode"));
        given().get("/api/v1/exams/" + year + "120").then().statusCode(200).body("areas", equalTo(List.of()));
    }

    @Test
    void concurrentCreatesOfOneExamMakeExactlyOne() throws Exception {
        int year = uniqueYear();
        String token = admin();
        List<Integer> statuses = Api.concurrently(6, () -> as(token)
                .body(Map.of("year", year, "categoryCode", "130")).post("/api/v1/admin/exams").statusCode());
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(5, Collections.frequency(statuses, 409), statuses.toString());
    }

    @Test
    void refusesAnUnknownCategoryAndAYearOutOfRange() {
        as(admin()).body(Map.of("year", 1999, "categoryCode", "999")).post("/api/v1/admin/exams")
                .then().statusCode(400)
                .body("violations.field", hasItems("year", "categoryCode"))
                .body("violations.code", hasItems("YEAR_RANGE", "UNKNOWN_CATEGORY"));
    }

    @Test
    void refusesAWindowThatClosesBeforeItOpensNamingTheField() {
        String exam = exam(uniqueYear(), "110");
        as(admin()).body(window("2101-03-10T09:00:00+08:00", "2101-03-01T09:00:00+08:00",
                        "2101-03-10T09:00:00+08:00", "2101-04-01T09:00:00+08:00"))
                .put("/api/v1/admin/exams/" + exam + "/areas/43/window")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", contains("registrationCloses"))
                .body("violations[0].code", equalTo("CLOSES_NOT_AFTER_OPENS"))
                .body("violations[0].message", equalTo("截止时间必须晚于开始时间"));
        as(admin()).header("Accept-Language", "en")
                .body(window("2101-03-01T09:00:00+08:00", "2101-03-20T09:00:00+08:00",
                        "2101-02-28T09:00:00+08:00", "2101-02-28T10:00:00+08:00"))
                .put("/api/v1/admin/exams/" + exam + "/areas/43/window")
                .then().statusCode(400)
                .body("violations.field", contains("reviewOpens", "reviewCloses"))
                .body("violations.code", contains("REVIEW_BEFORE_REGISTRATION", "REVIEW_CLOSES_BEFORE_REGISTRATION"))
                .body("violations[0].message", equalTo("The review cannot open before registration opens"));
    }

    @Test
    void refusesTimesWithoutAnOffsetAndMissingTimes() {
        String exam = exam(uniqueYear(), "110");
        Map<String, Object> body = openWindow();
        body.put("registrationOpens", "2101-03-01T09:00:00");
        as(admin()).body(body).put("/api/v1/admin/exams/" + exam + "/areas/43/window")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_TYPE"))
                .body("violations[0].field", equalTo("registrationOpens"));
        body.remove("registrationOpens");
        as(admin()).body(body).put("/api/v1/admin/exams/" + exam + "/areas/43/window")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("registrationOpens"))
                .body("violations[0].code", equalTo("REQUIRED"));
    }

    @Test
    void refusesFeesWithABadAmountWindowOrChannel() {
        String exam = exam(uniqueYear(), "210");
        String path = "/api/v1/admin/exams/" + exam + "/areas/43/fees/SKILLS";
        as(admin()).body(fee(0, chinaTime(2), chinaTime(1), List.of())).put(path)
                .then().statusCode(400)
                .body("violations.field", hasItems("amountFen", "payCloses", "channels"))
                .body("violations.find { it.field == 'amountFen' }.code", equalTo("AMOUNT_FEN_RANGE"))
                .body("violations.find { it.field == 'amountFen' }.message", equalTo("金额以分为单位，应为 1 到 1000000 之间的整数"))
                .body("violations.find { it.field == 'payCloses' }.code", equalTo("CLOSES_NOT_AFTER_OPENS"))
                .body("violations.find { it.field == 'channels' }.code", equalTo("REQUIRED"));
        Map<String, Object> fractional = fee(1, chinaTime(1), chinaTime(2), List.of("SANDBOX"));
        fractional.put("amountFen", 289.5);
        as(admin()).body(fractional).put(path).then().statusCode(400)
                .body("code", equalTo("INVALID_TYPE")).body("violations[0].field", equalTo("amountFen"));
        as(admin()).body(fee(28900, chinaTime(1), chinaTime(2), List.of("SANDBOX", "ALIPAY"))).put(path)
                .then().statusCode(400)
                .body("code", equalTo("INVALID_TYPE")).body("violations[0].field", equalTo("channels[1]"));
        as(admin()).body(fee(28900, chinaTime(1), chinaTime(2), List.of("SANDBOX"))).put(
                "/api/v1/admin/exams/" + exam + "/areas/43/fees/TUITION").then().statusCode(404);
        as(admin()).body(fee(28900, chinaTime(1), chinaTime(2), List.of("SANDBOX"))).put(
                "/api/v1/admin/exams/2999999/areas/43/fees/SKILLS").then().statusCode(404);
        as(admin()).body(fee(28900, chinaTime(1), chinaTime(2), List.of("SANDBOX", "BANK_CARD", "SANDBOX")))
                .put(path).then().statusCode(201)
                .body("channels", contains("SANDBOX", "BANK_CARD"))
                .body("version", equalTo(0));
    }

    @Test
    void staleVersionsAreRefusedWith409() {
        String exam = exam(uniqueYear(), "110");
        String windowPath = "/api/v1/admin/exams/" + exam + "/areas/43/window";
        as(admin()).body(openWindow()).put(windowPath).then().statusCode(201).body("version", equalTo(0));
        Map<String, Object> change = openWindow();
        as(admin()).body(change).put(windowPath).then().statusCode(400)
                .body("violations[0].field", equalTo("version")).body("violations[0].code", equalTo("REQUIRED"));
        change.put("version", 0);
        change.put("skillsPayableFrom", "SUBMITTED");
        as(admin()).body(change).put(windowPath).then().statusCode(200)
                .body("version", equalTo(1)).body("skillsPayableFrom", equalTo("SUBMITTED"));
        as(admin()).body(change).put(windowPath).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        change.put("version", 1);
        as(admin()).body(change).put(windowPath).then().statusCode(200).body("version", equalTo(1));

        String feePath = "/api/v1/admin/exams/" + exam + "/areas/43/fees/WRITTEN";
        Map<String, Object> fee = fee(17600, chinaTime(90), chinaTime(100), List.of("SANDBOX"));
        as(admin()).body(fee).put(feePath).then().statusCode(201);
        fee.put("version", 0);
        fee.put("amountFen", 13800);
        as(admin()).body(fee).put(feePath).then().statusCode(200).body("amountFen", equalTo(13800));
        as(admin()).body(fee).put(feePath).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));

        String site = uniqueSiteCode("43");
        as(admin()).body(Map.of("code", site, "name", "株洲市考点")).post("/api/v1/admin/exam-areas/43/sites")
                .then().statusCode(201).body("version", equalTo(0));
        Map<String, Object> siteChange = new HashMap<>(Map.of("name", "株洲市考点（新址）", "restricted", false, "version", 0));
        as(admin()).body(siteChange).put("/api/v1/admin/sites/" + site).then().statusCode(200)
                .body("name", equalTo("株洲市考点（新址）")).body("version", equalTo(1));
        as(admin()).body(siteChange).put("/api/v1/admin/sites/" + site).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        as(admin()).body(Map.of("institutions", List.of("株洲市中心医院"), "version", 0))
                .put("/api/v1/admin/sites/" + site + "/institutions").then().statusCode(409);
    }

    @Test
    void concurrentChangesFromOneVersionLetExactlyOneWin() throws Exception {
        String token = admin();
        String exam = exam(uniqueYear(), "110");
        String windowPath = "/api/v1/admin/exams/" + exam + "/areas/43/window";
        // the losers either lost the insert race (409) or came after it and sent no version (400)
        List<Integer> creates = Api.concurrently(5, () -> as(token).body(openWindow()).put(windowPath).statusCode());
        assertEquals(1, Collections.frequency(creates, 201), creates.toString());
        assertEquals(4, Collections.frequency(creates, 409) + Collections.frequency(creates, 400), creates.toString());
        Map<String, Object> change = openWindow();
        change.put("version", 0);
        change.put("skillsPayableFrom", "SUBMITTED");
        List<Integer> changes = Api.concurrently(5, () -> as(token).body(change).put(windowPath).statusCode());
        assertEquals(1, Collections.frequency(changes, 200), changes.toString());
        assertEquals(4, Collections.frequency(changes, 409), changes.toString());

        String site = uniqueSiteCode("43");
        as(token).body(Map.of("code", site, "name", "湘雅医学院考点", "restricted", true))
                .post("/api/v1/admin/exam-areas/43/sites").then().statusCode(201);
        List<Integer> replaces = Api.concurrently(5, () -> as(token)
                .body(Map.of("institutions", List.of("中南大学湘雅医院", "中南大学湘雅二医院"), "version", 0))
                .put("/api/v1/admin/sites/" + site + "/institutions").statusCode());
        assertEquals(1, Collections.frequency(replaces, 200), replaces.toString());
        assertEquals(4, Collections.frequency(replaces, 409), replaces.toString());
        given().get("/api/v1/exam-areas/43/sites").then().statusCode(200)
                .body("find { it.code == '" + site + "' }.institutions", contains("中南大学湘雅医院", "中南大学湘雅二医院"));
    }

    @Test
    void areaOperatorConfiguresOnlyItsOwnArea() {
        String hunan = areaOperator("43");
        String exam = exam(uniqueYear(), "141");
        as(hunan).body(openWindow()).put("/api/v1/admin/exams/" + exam + "/areas/43/window").then().statusCode(201);
        as(hunan).body(fee(28000, chinaTime(-1), chinaTime(30), List.of("WECHAT_NATIVE")))
                .put("/api/v1/admin/exams/" + exam + "/areas/43/fees/SKILLS").then().statusCode(201);
        as(hunan).body(openWindow()).put("/api/v1/admin/exams/" + exam + "/areas/42/window")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(hunan).body(fee(28000, chinaTime(-1), chinaTime(30), List.of("WECHAT_NATIVE")))
                .put("/api/v1/admin/exams/" + exam + "/areas/42/fees/SKILLS").then().statusCode(403);

        String own = uniqueSiteCode("43");
        as(hunan).body(Map.of("code", own, "name", "长沙市考点")).post("/api/v1/admin/exam-areas/43/sites")
                .then().statusCode(201);
        as(hunan).body(Map.of("code", uniqueSiteCode("42"), "name", "武汉市考点"))
                .post("/api/v1/admin/exam-areas/42/sites").then().statusCode(403);
        String hubei = uniqueSiteCode("42");
        as(admin()).body(Map.of("code", hubei, "name", "武汉市考点")).post("/api/v1/admin/exam-areas/42/sites")
                .then().statusCode(201);
        as(hunan).body(Map.of("name", "改名", "restricted", false, "version", 0))
                .put("/api/v1/admin/sites/" + hubei).then().statusCode(403);
        as(hunan).body(Map.of("institutions", List.of("某医院"), "version", 0))
                .put("/api/v1/admin/sites/" + hubei + "/institutions").then().statusCode(403);
        as(hunan).body(Map.of("code", uniqueSiteCode("42"), "name", "错考区代码"))
                .post("/api/v1/admin/exam-areas/43/sites").then().statusCode(400)
                .body("violations[0].field", equalTo("code")).body("violations[0].code", equalTo("SITE_CODE_FORMAT"));
        as(hunan).body(Map.of("year", uniqueYear(), "categoryCode", "110")).post("/api/v1/admin/exams")
                .then().statusCode(403);
    }

    @Test
    void candidatesAndAnonymousCallersCannotConfigure() {
        String candidate = Api.login(Api.registerCandidate(), "Passw0rd2026");
        as(candidate).body(Map.of("year", uniqueYear(), "categoryCode", "110")).post("/api/v1/admin/exams")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(candidate).body(openWindow()).put("/api/v1/admin/exams/2026110/areas/43/window").then().statusCode(403);
        as(candidate).body(Map.of("code", "43999999", "name", "x")).post("/api/v1/admin/exam-areas/43/sites")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("year", uniqueYear(), "categoryCode", "110"))
                .post("/api/v1/admin/exams").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void everyChangeIsAudited() {
        String exam = exam(uniqueYear(), "150");
        Map<String, Object> window = openWindow();
        as(admin()).body(window).put("/api/v1/admin/exams/" + exam + "/areas/44/window").then().statusCode(201);
        window.put("version", 0);
        // the same values again change nothing: no new version, no audit entry
        as(admin()).body(window).put("/api/v1/admin/exams/" + exam + "/areas/44/window").then().statusCode(200)
                .body("version", equalTo(0));
        as(admin()).body(fee(28000, chinaTime(-1), chinaTime(30), List.of("SANDBOX")))
                .put("/api/v1/admin/exams/" + exam + "/areas/44/fees/SKILLS").then().statusCode(201);
        as(admin()).queryParam("entityType", "exam").queryParam("entityId", exam).get("/api/v1/admin/audit-events")
                .then().statusCode(200).body("action", contains("EXAM_CREATED")).body("[0].actorRole", equalTo("NATIONAL"));
        as(admin()).queryParam("entityType", "exam_area_window").queryParam("entityId", exam + "/44")
                .get("/api/v1/admin/audit-events").then().statusCode(200).body("action", contains("WINDOW_CREATED"));
        as(admin()).queryParam("entityType", "fee_item").queryParam("entityId", exam + "/44/SKILLS")
                .get("/api/v1/admin/audit-events").then().statusCode(200)
                .body("action", contains("FEE_CREATED"))
                .body("[0].after", org.hamcrest.Matchers.containsString("\"amountFen\":28000"));
    }

    @Test
    void restrictedSiteAcceptsOnlyItsListedInstitutions() {
        String site = uniqueSiteCode("42");
        int version = as(admin()).body(Map.of("code", site, "name", "同济医学院考点", "restricted", true,
                        "institutions", List.of("华中科技大学同济医学院附属同济医院")))
                .post("/api/v1/admin/exam-areas/42/sites").then().statusCode(201)
                .extract().path("version");
        assertTrue(accepts(site, "华中科技大学同济医学院附属同济医院"));
        assertFalse(accepts(site, "华中科技大学同济医学院附属协和医院"));
        assertFalse(accepts(site, null));

        as(admin()).body(Map.of("institutions", List.of("华中科技大学同济医学院附属同济医院", "华中科技大学同济医学院附属协和医院"),
                        "version", version))
                .put("/api/v1/admin/sites/" + site + "/institutions").then().statusCode(200)
                .body("institutions", contains("华中科技大学同济医学院附属同济医院", "华中科技大学同济医学院附属协和医院"))
                .body("version", equalTo(version + 1));
        assertTrue(accepts(site, " 华中科技大学同济医学院附属协和医院 "));
        assertFalse(accepts(site, "武汉大学人民医院"));

        as(admin()).body(Map.of("name", "同济医学院考点", "restricted", false, "version", version + 1))
                .put("/api/v1/admin/sites/" + site).then().statusCode(200).body("restricted", equalTo(false));
        assertTrue(accepts(site, "武汉大学人民医院"));
        assertFalse(accepts("42nosuchsite", "武汉大学人民医院"));
        given().get("/api/v1/exam-areas/42/sites").then().statusCode(200)
                .body("code", hasItem(site));
    }
}
