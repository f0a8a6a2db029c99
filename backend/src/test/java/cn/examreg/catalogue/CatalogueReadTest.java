package cn.examreg.catalogue;

import static cn.examreg.catalogue.CatalogueFixtures.admin;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public catalogue: reference data, exam filters, an exam's windows and fees, and sites. */
@QuarkusTest
class CatalogueReadTest {

    @Test
    void referenceDataHasTheThirtyTwoExamAreas() {
        given().get("/api/v1/exam-areas").then().statusCode(200)
                .body("", hasSize(32))
                .body("code", hasItems("11", "43", "65", "66"))
                .body("find { it.code == '43' }.nameZh", equalTo("湖南省"))
                .body("find { it.code == '43' }.nameEn", equalTo("Hunan"))
                .body("find { it.code == '66' }.nameZh", equalTo("新疆生产建设兵团"))
                .body("find { it.code == '66' }.nameEn", equalTo("Xinjiang Production and Construction Corps"))
                .body("[0].code", equalTo("11"));
    }

    @Test
    void referenceDataHasPractisingAssistantAndVillageCategories() {
        given().get("/api/v1/exam-categories").then().statusCode(200)
                .body("code", hasItems("110", "120", "130", "141", "142", "143", "144", "145", "146", "150",
                        "210", "220", "230", "241", "242", "243", "244", "245", "246", "250", "260"))
                .body("[0].code", equalTo("110"))
                .body("find { it.code == '110' }.nameZh", equalTo("临床执业医师"))
                .body("find { it.code == '110' }.level", equalTo("PRACTISING"))
                .body("find { it.code == '110' }.discipline", equalTo("CLINICAL"))
                .body("find { it.code == '210' }.nameZh", equalTo("临床执业助理医师"))
                .body("find { it.code == '210' }.level", equalTo("ASSISTANT"))
                .body("find { it.code == '144' }.discipline", equalTo("ETHNIC_MEDICINE"))
                .body("find { it.code == '150' }.discipline", equalTo("INTEGRATED"))
                .body("find { it.code == '260' }.nameZh", equalTo("乡村全科执业助理医师"))
                .body("find { it.code == '260' }.level", equalTo("ASSISTANT"))
                .body("find { it.code == '260' }.discipline", equalTo("VILLAGE_GENERAL"));
    }

    @Test
    void filtersExamsByCategoryLevelDisciplineAndYear() {
        int year = uniqueYear();
        exam(year, "110");
        exam(year, "141");
        exam(year, "210");
        given().queryParam("year", year).get("/api/v1/exams").then().statusCode(200)
                .body("code", contains(year + "110", year + "141", year + "210"))
                .body("[0].year", equalTo(year))
                .body("[0].category.nameZh", equalTo("临床执业医师"))
                .body("[0].category.level", equalTo("PRACTISING"))
                .body("[0].category.discipline", equalTo("CLINICAL"));
        given().queryParam("year", year).queryParam("level", "ASSISTANT").get("/api/v1/exams")
                .then().statusCode(200).body("code", contains(year + "210"));
        given().queryParam("year", year).queryParam("discipline", "CHINESE_MEDICINE").get("/api/v1/exams")
                .then().statusCode(200).body("code", contains(year + "141"));
        given().queryParam("year", year).queryParam("category", "110").get("/api/v1/exams")
                .then().statusCode(200).body("code", contains(year + "110"));
        given().queryParam("year", year).queryParam("category", "120").get("/api/v1/exams")
                .then().statusCode(200).body("", hasSize(0));
        given().queryParam("category", "210").get("/api/v1/exams")
                .then().statusCode(200).body("code", hasItem(year + "210"));
    }

    @Test
    void rejectsUnknownFilterValuesNamingTheField() {
        given().queryParam("level", "SENIOR").queryParam("year", "26").get("/api/v1/exams")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("level", "year"))
                .body("violations.find { it.field == 'level' }.code", equalTo("ONE_OF"))
                .body("violations.find { it.field == 'level' }.message", equalTo("取值应为以下之一：PRACTISING, ASSISTANT"))
                .body("violations.find { it.field == 'year' }.code", equalTo("YEAR_RANGE"))
                .body("violations.find { it.field == 'year' }.message", equalTo("年份应为 2000 到 2999 之间的四位数字"));
    }

    @Test
    void examDetailShowsWindowsInChinaTimeAndAmountsInFen() {
        int year = uniqueYear();
        String exam = exam(year, "110");
        // sent in UTC, shown in China time
        as(admin()).body(window("2101-01-10T01:00:00Z", "2101-01-24T09:00:00Z", "2101-01-10T01:00:00Z",
                        "2101-02-28T09:00:00Z"))
                .put("/api/v1/admin/exams/" + exam + "/areas/42/window").then().statusCode(201);
        as(admin()).body(openWindow()).put("/api/v1/admin/exams/" + exam + "/areas/43/window").then().statusCode(201);
        as(admin()).body(fee(28900, chinaTime(-1), chinaTime(30), List.of("WECHAT_NATIVE", "PAY_BY_NUMBER")))
                .put("/api/v1/admin/exams/" + exam + "/areas/43/fees/SKILLS").then().statusCode(201);
        as(admin()).body(fee(17600, "2101-08-01T00:00:00+08:00", "2101-08-10T23:59:59+08:00", List.of("BANK_CARD")))
                .put("/api/v1/admin/exams/" + exam + "/areas/43/fees/WRITTEN").then().statusCode(201);

        given().get("/api/v1/exams/" + exam).then().statusCode(200)
                .body("code", equalTo(exam))
                .body("year", equalTo(year))
                .body("category.code", equalTo("110"))
                .body("areas.area.code", contains("42", "43"))
                .body("areas[0].area.nameZh", equalTo("湖北省"))
                .body("areas[0].registration.opens", equalTo("2101-01-10T09:00:00+08:00"))
                .body("areas[0].registration.closes", equalTo("2101-01-24T17:00:00+08:00"))
                .body("areas[0].review.closes", equalTo("2101-02-28T17:00:00+08:00"))
                .body("areas[0].registrationOpen", equalTo(false))
                .body("areas[0].skillsPayableFrom", equalTo("SITE_APPROVED"))
                .body("areas[0].fees", hasSize(0))
                .body("areas[1].registrationOpen", equalTo(true))
                .body("areas[1].fees.item", contains("SKILLS", "WRITTEN"))
                .body("areas[1].fees[0].amountFen", equalTo(28900))
                .body("areas[1].fees[0].currency", equalTo("CNY"))
                .body("areas[1].fees[0].channels", contains("WECHAT_NATIVE", "PAY_BY_NUMBER"))
                .body("areas[1].fees[0].payableNow", equalTo(true))
                .body("areas[1].fees[1].amountFen", equalTo(17600))
                .body("areas[1].fees[1].payOpens", equalTo("2101-08-01T00:00:00+08:00"))
                .body("areas[1].fees[1].payCloses", equalTo("2101-08-10T23:59:59+08:00"))
                .body("areas[1].fees[1].payableNow", equalTo(false));
        given().queryParam("area", "43").get("/api/v1/exams/" + exam).then().statusCode(200)
                .body("areas.area.code", contains("43"));
    }

    @Test
    void unknownExamOrAreaIsNotFound() {
        given().get("/api/v1/exams/1999110").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().get("/api/v1/exam-areas/99/sites").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void sitesShowTheirInstitutionListOnlyWhenRestricted() {
        String open = uniqueSiteCode("45");
        String restricted = uniqueSiteCode("45");
        as(admin()).body(Map.of("code", open, "name", "南宁市考点", "address", "南宁市青秀区"))
                .post("/api/v1/admin/exam-areas/45/sites").then().statusCode(201)
                .body("restricted", equalTo(false));
        as(admin()).body(Map.of("code", restricted, "name", "广西医科大学考点", "restricted", true,
                        "institutions", List.of("广西医科大学第一附属医院", " 广西医科大学第二附属医院 ", "广西医科大学第一附属医院")))
                .post("/api/v1/admin/exam-areas/45/sites").then().statusCode(201)
                .body("institutions", contains("广西医科大学第一附属医院", "广西医科大学第二附属医院"));
        given().get("/api/v1/exam-areas/45/sites").then().statusCode(200)
                .body("find { it.code == '" + open + "' }.name", equalTo("南宁市考点"))
                .body("find { it.code == '" + open + "' }.address", equalTo("南宁市青秀区"))
                .body("find { it.code == '" + open + "' }.institutions", nullValue())
                .body("find { it.code == '" + restricted + "' }.restricted", equalTo(true))
                .body("find { it.code == '" + restricted + "' }.institutions",
                        contains("广西医科大学第一附属医院", "广西医科大学第二附属医院"));
    }
}
