package cn.examreg.candidate;

import static cn.examreg.support.Api.registration;
import static cn.examreg.support.Api.residentId;
import static cn.examreg.support.Api.username;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.examreg.candidate.rules.ResidentIdNumber;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {

    @Test
    void registersWithResidentIdAndDerivesSexAndBirthDate() {
        String id = residentId(LocalDate.of(1990, 3, 7), true);
        given().contentType(ContentType.JSON).body(registration(username(), id))
                .post("/api/v1/candidates")
                .then().statusCode(201)
                .body("basic.documentNumber", equalTo(id))
                .body("basic.birthDate", equalTo("1990-03-07"))
                .body("basic.sex", equalTo("MALE"))
                .body("identityVerified", equalTo(false))
                .body("version", equalTo(0));
    }

    @Test
    void rejectsResidentIdWithWrongCheckCharacterInChineseByDefault() {
        String valid = residentId();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        String invalid = valid.substring(0, 17) + wrong;
        given().contentType(ContentType.JSON).body(registration(username(), invalid))
                .post("/api/v1/candidates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("documentNumber"))
                .body("violations.code", hasItem("RESIDENT_ID_CHECK_CHARACTER"))
                .body("violations.message", hasItem(containsString("校验")));
    }

    @Test
    void rejectsResidentIdWithWrongCheckCharacterInEnglishOnRequest() {
        String valid = residentId();
        String invalid = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(registration(username(), invalid))
                .post("/api/v1/candidates")
                .then().statusCode(400)
                .body("violations.message", hasItem(containsString("check")))
                .body("title", not(containsString("信息")));
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        String id = null;
        for (int i = 0; i < 200 && id == null; i++) {
            String candidate = residentId();
            if (candidate.endsWith("X")) {
                id = candidate;
            }
        }
        String first17 = id.substring(0, 17);
        given().contentType(ContentType.JSON).body(registration(username(), first17 + "x"))
                .post("/api/v1/candidates")
                .then().statusCode(201)
                .body("basic.documentNumber", equalTo(first17 + "X"));
    }

    @Test
    void refusesSecondAccountForTheSameDocument() {
        String id = residentId();
        given().contentType(ContentType.JSON).body(registration(username(), id))
                .post("/api/v1/candidates").then().statusCode(201);
        given().contentType(ContentType.JSON).body(registration(username(), id))
                .post("/api/v1/candidates")
                .then().statusCode(409)
                .body("code", equalTo("DOCUMENT_ALREADY_REGISTERED"))
                .body("violations.field", hasItem("documentNumber"))
                .body("detail", containsString("一个证件只能注册一个账号"));
    }

    @Test
    void refusesTakenUsername() {
        String name = username();
        given().contentType(ContentType.JSON).body(registration(name, residentId()))
                .post("/api/v1/candidates").then().statusCode(201);
        given().contentType(ContentType.JSON).body(registration(name, residentId()))
                .post("/api/v1/candidates")
                .then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"username\": ")
                .post("/api/v1/candidates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void wrongTypeIsA400ProblemNamingTheField() {
        Map<String, Object> body = registration(username(), residentId());
        body.put("birthDate", 12345);
        body.put("region", "ATLANTIS");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_TYPE"));
    }

    @Test
    void unknownFieldIsA400Problem() {
        Map<String, Object> body = registration(username(), residentId());
        body.put("isAdmin", true);
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"))
                .body("violations[0].field", equalTo("isAdmin"));
    }

    @Test
    void oneMegabyteStringIsA400Problem() {
        Map<String, Object> body = registration(username(), residentId());
        body.put("name", "张".repeat(1_000_000));
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
    }

    @Test
    void bodyOverTheSizeLimitIsA413Problem() {
        String huge = "{\"name\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(huge)
                .post("/api/v1/candidates")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void identityPreviewDerivesSexAndBirthDate() {
        String id = residentId(LocalDate.of(1988, 12, 31), false);
        given().contentType(ContentType.JSON)
                .body(Map.of("region", "MAINLAND", "documentType", "RESIDENT_ID", "documentNumber", id))
                .post("/api/v1/candidates/identity-preview")
                .then().statusCode(200)
                .body("sex", equalTo("FEMALE"))
                .body("birthDate", equalTo("1988-12-31"));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> documents() {
        long n = System.nanoTime() % 1_000_000_000L;
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "MILITARY_OFFICER", "南字第" + (1_000_000 + n % 9_000_000) + "号", 201),
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "POLICE_OFFICER", "J" + (10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "CIVILIAN_CADRE", "W" + (10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "SOLDIER", "S" + (10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "MILITARY_STUDENT", "X" + (10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("TAIWAN", "TAIWAN_PERMIT", String.valueOf(1_000_000_000L + n), 201),
                org.junit.jupiter.params.provider.Arguments.of("TAIWAN", "TAIWAN_ID", "A" + (100_000_000 + n % 900_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("HONG_KONG", "HONG_KONG_PERMIT", "H" + (1_000_000_000L + n), 201),
                org.junit.jupiter.params.provider.Arguments.of("HONG_KONG", "HONG_KONG_ID", "A" + (1_000_000 + n % 9_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("MACAO", "MACAO_PERMIT", "M" + (1_000_000_000L + n), 201),
                org.junit.jupiter.params.provider.Arguments.of("MACAO", "MACAO_ID", String.valueOf(10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("FOREIGN", "PASSPORT", "E" + (10_000_000 + n % 90_000_000), 201),
                org.junit.jupiter.params.provider.Arguments.of("FOREIGN", "PASSPORT", "E123", 400),
                org.junit.jupiter.params.provider.Arguments.of("HONG_KONG", "HONG_KONG_PERMIT", "H12345", 400),
                org.junit.jupiter.params.provider.Arguments.of("TAIWAN", "TAIWAN_ID", "A12345678", 400),
                org.junit.jupiter.params.provider.Arguments.of("MACAO", "MACAO_ID", "1234567", 400),
                org.junit.jupiter.params.provider.Arguments.of("MAINLAND", "PASSPORT", "E12345678", 400),
                org.junit.jupiter.params.provider.Arguments.of("FOREIGN", "PASSPORT", "E-1234567", 400));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @org.junit.jupiter.params.provider.MethodSource("documents")
    void eachDocumentTypeHasItsNumberRules(String region, String type, String number, int status) {
        Map<String, Object> body = registration(username(), number);
        body.put("region", region);
        body.put("documentType", type);
        body.put("sex", "FEMALE");
        body.put("birthDate", "1991-02-03");
        if (!"MAINLAND".equals(region)) {
            body.put("name", "Chan Tai Man");
            body.put("mobile", "61234567");
        }
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(status);
    }

    @Test
    void otherDocumentsNeedTypedSexAndBirthDate() {
        Map<String, Object> body = registration(username(), "E" + (10_000_000 + System.nanoTime() % 90_000_000));
        body.put("region", "FOREIGN");
        body.put("documentType", "PASSPORT");
        body.put("name", "John Smith");
        body.put("mobile", "61234567");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(400)
                .body("violations.field", hasItem("sex"))
                .body("violations.field", hasItem("birthDate"));
    }

    @Test
    void refusesFifteenDigitImpossibleDateAndUnderageResidentIds() {
        String first17 = "11010520100101001";
        String underage = first17 + ResidentIdNumber.checkCharacter(first17);
        String feb30 = "11010519990230001";
        for (String number : new String[] {"110105900307123", feb30 + ResidentIdNumber.checkCharacter(feb30), underage}) {
            given().contentType(ContentType.JSON).body(registration(username(), number))
                    .post("/api/v1/candidates")
                    .then().statusCode(400).body("violations.field", hasItem("documentNumber"));
        }
    }

    @Test
    void refusesLatinNamesForMainlandCandidatesAndReportsEveryBrokenField() {
        Map<String, Object> body = registration("1bad name", residentId());
        body.put("name", "Zhang San");
        body.put("password", "short");
        body.put("securityAnswer", "abc");
        body.put("mobile", "0138001380");
        body.put("email", "not-an-email");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("username", "name", "password",
                        "securityAnswer", "mobile", "email"));
    }

    @Test
    void twoSimultaneousRegistrationsOfOneDocumentCreateOneAccount() throws Exception {
        String id = residentId();
        var statuses = cn.examreg.support.Api.concurrently(4, () ->
                given().contentType(ContentType.JSON).body(registration(username(), id))
                        .post("/api/v1/candidates").statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(1, java.util.Collections.frequency(statuses, 201), statuses.toString());
        org.junit.jupiter.api.Assertions.assertEquals(3, java.util.Collections.frequency(statuses, 409), statuses.toString());
    }

    @Test
    void checkCharacterHelperMatchesPublishedSample() {
        org.junit.jupiter.api.Assertions.assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
    }
}
