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
    void identityPreviewDerivesSexAndBirthDate() {
        String id = residentId(LocalDate.of(1988, 12, 31), false);
        given().contentType(ContentType.JSON)
                .body(Map.of("region", "MAINLAND", "documentType", "RESIDENT_ID", "documentNumber", id))
                .post("/api/v1/candidates/identity-preview")
                .then().statusCode(200)
                .body("sex", equalTo("FEMALE"))
                .body("birthDate", equalTo("1988-12-31"));
    }

    @Test
    void checkCharacterHelperMatchesPublishedSample() {
        org.junit.jupiter.api.Assertions.assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
    }
}
