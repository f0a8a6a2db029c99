package cn.examreg.payment;

import static cn.examreg.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.application.SubmittedApplications;
import cn.examreg.application.SubmittedApplications.Submitted;
import cn.examreg.catalogue.FeeItem;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import cn.examreg.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order creation: idempotency keys, one payable order per fee, eligibility and windows, reads in scope. */
@QuarkusTest
class PaymentOrderTest {
    private String exam;

    @BeforeEach
    void exam() {
        exam = SubmittedApplications.exam();
        Instant now = Instant.now();
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), FeeItem.PayableAfter.SUBMITTED);
    }

    static Response create(Submitted s, String item, String key) {
        var request = as(s.token()).body(Map.of("applicationId", s.applicationId(), "feeItem", item));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/payment-orders");
    }

    @Test
    void createsAPayableOrderWithQrLinkAndPaymentNumber() {
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201)
                .body("status", equalTo("PAYING"))
                .body("amountFen", equalTo(28900))
                .body("channel", equalTo("SANDBOX"))
                .body("codeUrl", containsString("/sandbox/pay/"))
                .body("paymentNo", org.hamcrest.Matchers.matchesPattern("43\\d{10}"))
                .body("orderNo", org.hamcrest.Matchers.matchesPattern("[0-9A-Za-z_-]{6,32}"))
                .body("expiresAt", containsString("+08:00"));
    }

    @Test
    void sameKeyAndBodyReturnTheSameOrder() {
        Submitted s = SubmittedApplications.submit(exam);
        String key = UUID.randomUUID().toString();
        String first = create(s, "SKILLS", key).then().statusCode(201).extract().path("orderNo");
        String again = create(s, "SKILLS", key).then().statusCode(200).extract().path("orderNo");
        assertEquals(first, again);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefusedWith422() {
        Submitted s = SubmittedApplications.submit(exam);
        String key = UUID.randomUUID().toString();
        create(s, "SKILLS", key).then().statusCode(201);
        create(s, "WRITTEN", key).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void missingOrMalformedKeyIsRefusedNamingTheHeader() {
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "SKILLS", null).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].code", equalTo("REQUIRED"));
        create(s, "SKILLS", "short").then().statusCode(400)
                .body("violations[0].code", equalTo("IDEMPOTENCY_KEY_FORMAT"));
        assertEquals(0, count(s.applicationId()));
    }

    @Test
    void secondClickWithAnotherKeyReturnsTheOpenOrder() {
        Submitted s = SubmittedApplications.submit(exam);
        String first = create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201).extract().path("orderNo");
        String second = create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(200).extract().path("orderNo");
        assertEquals(first, second);
    }

    @Test
    void fiftyConcurrentCreatesForOneFeeMakeOneOrder() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        Set<String> orderNos = java.util.Collections.synchronizedSet(new HashSet<>());
        List<Integer> statuses = Api.concurrently(50, () -> {
            Response r = create(s, "SKILLS", UUID.randomUUID().toString());
            if (r.statusCode() < 300) {
                orderNos.add(r.path("orderNo"));
            }
            return r.statusCode();
        });
        assertEquals(1, statuses.stream().filter(c -> c == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(c -> c == 200).count(), statuses.toString());
        assertEquals(1, orderNos.size());
        assertEquals(1, count(s.applicationId()));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneOrder() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = Api.concurrently(10, () -> create(s, "SKILLS", key).statusCode());
        assertEquals(1, statuses.stream().filter(c -> c == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(c -> c == 201 || c == 200), statuses.toString());
        assertEquals(1, count(s.applicationId()));
    }

    @Test
    void windowNotOpenYetIsRefusedNamingTheWindowInChinaTime() {
        Instant opens = Instant.parse("2099-03-01T01:00:00Z");
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, opens, opens.plus(Duration.ofDays(14)),
                FeeItem.PayableAfter.SUBMITTED);
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("PAYMENT_WINDOW_NOT_OPEN"))
                .body("detail", containsString("2099-03-01 09:00"))
                .body("detail", containsString("2099-03-15 09:00"));
        as(s.token()).get("/api/v1/applications/" + s.applicationId() + "/fees").then().statusCode(200)
                .body("[0].status", equalTo("NOT_OPEN"));
    }

    @Test
    void closedWindowMeansGivenUpAndNoLatePayment() {
        Instant closes = Instant.now().minusSeconds(1);
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, closes.minus(Duration.ofDays(3)), closes,
                FeeItem.PayableAfter.SUBMITTED);
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("PAYMENT_WINDOW_CLOSED"));
        as(s.token()).get("/api/v1/applications/" + s.applicationId() + "/fees").then().statusCode(200)
                .body("[0].status", equalTo("GIVEN_UP"))
                .body("[0].reasonCode", equalTo("PAYMENT_WINDOW_CLOSED"));
    }

    @Test
    void writtenFeeNeedsAPassedOrExemptSkillsResult() {
        Instant now = Instant.now();
        SubmittedApplications.fee(exam, FeeItem.Item.WRITTEN, 17600, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)), FeeItem.PayableAfter.SUBMITTED);
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "WRITTEN", UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("SKILLS_RESULT_REQUIRED"));
        String area = Api.operator("AREA", "43", null, null);
        as(area).body(Map.of("outcome", "FAILED")).put("/api/v1/applications/" + s.applicationId() + "/skills-result")
                .then().statusCode(200);
        create(s, "WRITTEN", UUID.randomUUID().toString()).then().statusCode(409);
        as(area).body(Map.of("outcome", "PASSED", "note", "2026 技能考试"))
                .put("/api/v1/applications/" + s.applicationId() + "/skills-result").then().statusCode(200);
        create(s, "WRITTEN", UUID.randomUUID().toString()).then().statusCode(201).body("amountFen", equalTo(17600));
        as(s.token()).put("/api/v1/applications/" + s.applicationId() + "/skills-result").then().statusCode(403);
    }

    @Test
    void siteApprovalRuleRefusesUntilTheSiteApproved() {
        Instant now = Instant.now();
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)), FeeItem.PayableAfter.SITE_APPROVED);
        Submitted s = SubmittedApplications.submit(exam);
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("SITE_APPROVAL_REQUIRED"));
    }

    @Test
    void ordersAreReadableOnlyByTheOwnerAndOperatorsInScope() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201).extract().path("orderNo");
        Submitted other = SubmittedApplications.submit(exam);
        as(other.token()).get("/api/v1/payment-orders/" + orderNo).then().statusCode(404);
        as(other.token()).get("/api/v1/payment-orders?applicationId=" + s.applicationId()).then().statusCode(404);
        create(new Submitted(s.applicationId(), exam, other.token()), "SKILLS", UUID.randomUUID().toString())
                .then().statusCode(404);
        as(Api.operator("AREA", "44", null, null)).get("/api/v1/payment-orders/" + orderNo).then().statusCode(404);
        as(Api.operator("FINANCE", null, null, null)).get("/api/v1/payment-orders/" + orderNo).then().statusCode(200)
                .body("orderNo", equalTo(orderNo));
        as(s.token()).get("/api/v1/payment-orders?applicationId=" + s.applicationId()).then().statusCode(200)
                .body("[0].orderNo", equalTo(orderNo));
        given().get("/api/v1/payment-orders/" + orderNo).then().statusCode(401);
    }

    @Test
    void qrCodeIsServedAsPngAndSvgWhilePayable() {
        Submitted s = SubmittedApplications.submit(exam);
        Response created = create(s, "SKILLS", UUID.randomUUID().toString());
        String orderNo = created.path("orderNo");
        byte[] png = as(s.token()).get("/api/v1/payment-orders/" + orderNo + "/qrcode").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(created.path("codeUrl"), QrDecoding.decode(png));
        as(s.token()).get("/api/v1/payment-orders/" + orderNo + "/qrcode?format=svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<svg"));
        as(s.token()).post("/api/v1/payment-orders/" + orderNo + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(s.token()).get("/api/v1/payment-orders/" + orderNo + "/qrcode").then().statusCode(409)
                .body("code", equalTo("ORDER_NOT_PAYABLE"));
        // closing frees the fee: a new order can be made
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201);
    }

    @Test
    void paymentLookupRevealsOnlyFeeAmountMaskedNameAndState() {
        Submitted s = SubmittedApplications.submit(exam);
        String paymentNo = create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201).extract().path("paymentNo");
        given().queryParam("name", "张三").queryParam("paymentNo", paymentNo).get("/api/v1/payment-lookup")
                .then().statusCode(200)
                .body("maskedName", equalTo("张*"))
                .body("amountFen", equalTo(28900))
                .body("status", equalTo("PAYING"))
                .body("documentNumber", org.hamcrest.Matchers.nullValue());
        given().queryParam("name", "李四").queryParam("paymentNo", paymentNo).get("/api/v1/payment-lookup")
                .then().statusCode(404);
        given().queryParam("name", "张三").queryParam("paymentNo", "12ab").get("/api/v1/payment-lookup")
                .then().statusCode(400).body("violations[0].field", equalTo("paymentNo"));
    }

    static long count(String applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> PaymentOrder.count("applicationId", applicationId));
    }

    static PaymentOrder order(String orderNo) {
        return QuarkusTransaction.requiringNew().call(() -> PaymentOrder.byOrderNo(orderNo).orElseThrow());
    }

    static void assertStatus(String orderNo, Status status) {
        assertEquals(status, order(orderNo).status);
    }

    static String notNull(String s) {
        org.hamcrest.MatcherAssert.assertThat(s, notNullValue());
        return s;
    }
}
