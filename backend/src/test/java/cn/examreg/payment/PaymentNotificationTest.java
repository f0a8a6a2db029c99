package cn.examreg.payment;

import static cn.examreg.payment.PaymentOrderTest.create;
import static cn.examreg.payment.PaymentOrderTest.order;
import static cn.examreg.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.application.SubmittedApplications;
import cn.examreg.application.SubmittedApplications.Submitted;
import cn.examreg.catalogue.FeeItem;
import cn.examreg.common.audit.AuditEvent;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import cn.examreg.payment.sandbox.SandboxBank;
import cn.examreg.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing applied twice: sandbox payments reach the order through signed notifications (forged,
 * replayed, mismatched, duplicated, reordered or lost ones included) and through the query job; duplicate charges
 * are recorded; two job instances never take the same order; the statement reconciliation reports differences.
 */
@QuarkusTest
class PaymentNotificationTest {
    @Inject
    SandboxBank bank;
    @Inject
    PaymentJobs jobs;

    private String exam;

    @BeforeEach
    void exam() {
        exam = SubmittedApplications.exam();
        Instant now = Instant.now();
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), FeeItem.PayableAfter.SUBMITTED);
    }

    private String newOrder(Submitted s) {
        return create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(201).extract().path("orderNo");
    }

    private static Response sandboxPay(String orderNo, Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/sandbox/api/trades/" + orderNo + "/pay");
    }

    private static void awaitStatus(String orderNo, Status status) throws InterruptedException {
        for (int i = 0; i < 100 && order(orderNo).status != status; i++) {
            Thread.sleep(100);
        }
        assertEquals(status, order(orderNo).status);
    }

    /** A notification of our sandbox, signed now, for {@code orderNo} paid with {@code transactionId}. */
    private String body(String orderNo, String transactionId, long amountFen) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{"
                + "\"out_trade_no\":\"" + orderNo + "\",\"transaction_id\":\"" + transactionId + "\","
                + "\"trade_state\":\"SUCCESS\",\"success_time\":\"" + OffsetDateTime.now(ChinaTime.ZONE) + "\","
                + "\"amount\":{\"total\":" + amountFen + ",\"currency\":\"CNY\"}}}";
    }

    private static RequestSpecification signed(String[] headers, String body) {
        RequestSpecification r = given().contentType("application/json").body(body);
        for (int i = 0; i < headers.length; i += 2) {
            r = r.header(headers[i], headers[i + 1]);
        }
        return r;
    }

    private static long notifications(String orderNo, PaymentNotification.Outcome outcome) {
        return QuarkusTransaction.requiringNew().call(() ->
                PaymentNotification.count("orderNo = ?1 and outcome = ?2", orderNo, outcome));
    }

    private static long duplicates(String orderNo) {
        return QuarkusTransaction.requiringNew().call(() -> DuplicateCharge.count("orderNo", orderNo));
    }

    private static long paidEvents(String orderNo) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("entityId = ?1 and action = 'PAYMENT_SUCCEEDED'", orderNo));
    }

    @Test
    void sandboxPaymentReachesTheOrderThroughItsSignedNotification() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        sandboxPay(orderNo, Map.of()).then().statusCode(200).body("status", equalTo("SUCCESS"));
        awaitStatus(orderNo, Status.PAID);
        PaymentOrder o = order(orderNo);
        assertNotNull(o.transactionId);
        assertEquals(28900L, o.paidFen);
        as(s.token()).get("/api/v1/payment-orders/" + orderNo).then().statusCode(200)
                .body("status", equalTo("PAID")).body("transactionId", equalTo(o.transactionId));
        as(s.token()).get("/api/v1/applications/" + s.applicationId() + "/fees").then().statusCode(200)
                .body("[0].status", equalTo("PAID")).body("[0].order.orderNo", equalTo(orderNo));
        create(s, "SKILLS", UUID.randomUUID().toString()).then().statusCode(409).body("code", equalTo("FEE_ALREADY_PAID"));
        byte[] pdf = as(s.token()).get("/api/v1/payment-orders/" + orderNo + "/receipt.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(orderNo), text);
            assertTrue(text.contains(o.transactionId), text);
            assertTrue(text.contains("¥289.00"), text);
        }
    }

    @Test
    void aNotificationDuplicatedAHundredTimesIsAppliedOnce() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        String body = body(orderNo, "SBT" + System.nanoTime(), 28900);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(() -> signed(bank.sign(body), body).post("/api/v1/payment-notifications/SANDBOX").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertTrue(statuses.stream().allMatch(c -> c == 204), statuses.toString());
        assertEquals(Status.PAID, order(orderNo).status);
        assertEquals(1, notifications(orderNo, PaymentNotification.Outcome.APPLIED));
        assertEquals(99, notifications(orderNo, PaymentNotification.Outcome.ALREADY_APPLIED));
        assertEquals(1, paidEvents(orderNo));
        assertEquals(0, duplicates(orderNo));
    }

    @Test
    void forgedNotificationChangesNothing() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        String body = body(orderNo, "SBT" + System.nanoTime(), 28900);
        String[] headers = bank.sign(body);
        String tampered = body.replace("28900", "28901");
        signed(headers, tampered).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(401)
                .body("code", equalTo("FAIL"));
        headers[7] = headers[7].substring(0, 10) + "AAAA" + headers[7].substring(14);
        signed(headers, body).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(401);
        given().contentType("application/json").body(body).post("/api/v1/payment-notifications/SANDBOX")
                .then().statusCode(401);
        assertEquals(Status.PAYING, order(orderNo).status);
    }

    @Test
    void replayedNotificationIsRefusedAndStaleOneToo() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        String body = body(orderNo, "SBT" + System.nanoTime(), 28900);
        String[] headers = bank.sign(body);
        signed(headers, body).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(204);
        signed(headers, body).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(401)
                .body("message", equalTo("replayed notification"));
        assertEquals(1, notifications(orderNo, PaymentNotification.Outcome.APPLIED));
        assertEquals(0, notifications(orderNo, PaymentNotification.Outcome.ALREADY_APPLIED));
    }

    @Test
    void amountMismatchChangesNothingButIsStoredAndAcknowledged() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        String body = body(orderNo, "SBT" + System.nanoTime(), 1);
        signed(bank.sign(body), body).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(204);
        assertEquals(Status.PAYING, order(orderNo).status);
        assertEquals(1, notifications(orderNo, PaymentNotification.Outcome.AMOUNT_MISMATCH));
        String unknown = body("EX00000000000000000000", "SBT" + System.nanoTime(), 28900);
        signed(bank.sign(unknown), unknown).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(204);
    }

    @Test
    void aSecondPaymentOfAPaidFeeIsRecordedAsADuplicateChargeWhateverTheOrderOfNotifications() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        sandboxPay(orderNo, Map.of("mode", "PAY_TWICE", "reorder", true, "copies", 3)).then().statusCode(200);
        awaitStatus(orderNo, Status.PAID);
        for (int i = 0; i < 100 && duplicates(orderNo) == 0; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertEquals(1, duplicates(orderNo));
        DuplicateCharge d = QuarkusTransaction.requiringNew().call(() ->
                DuplicateCharge.<DuplicateCharge>find("orderNo", orderNo).firstResult());
        assertNotEquals(order(orderNo).transactionId, d.transactionId);
        assertEquals(DuplicateCharge.Reason.FEE_ALREADY_PAID, d.reason);
        assertEquals(DuplicateCharge.RefundStatus.PENDING, d.refundStatus);
        assertEquals(1, paidEvents(orderNo));
        as(Api.operator("FINANCE", null, null, null)).get("/api/v1/admin/duplicate-charges").then().statusCode(200);
    }

    @Test
    void lostNotificationIsRecoveredByTheQueryJob() throws Exception {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        sandboxPay(orderNo, Map.of("lose", true)).then().statusCode(200);
        Thread.sleep(300);
        assertEquals(Status.PAYING, order(orderNo).status);
        makeDue(orderNo);
        jobs.pollOnce();
        assertEquals(Status.PAID, order(orderNo).status);
        assertEquals(1, paidEvents(orderNo));
    }

    /**
     * The crash case: the gateway took the money, the server died before handling the notification (here: the
     * notification is lost), the restarted server's job finds the payment, then the gateway's retry arrives late.
     */
    @Test
    void paymentAppliedByTheJobThenLateNotificationChangesNothing() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        sandboxPay(orderNo, Map.of("lose", true)).then().statusCode(200);
        makeDue(orderNo);
        jobs.pollOnce();
        PaymentOrder paid = order(orderNo);
        assertEquals(Status.PAID, paid.status);
        String late = body(orderNo, paid.transactionId, 28900);
        signed(bank.sign(late), late).post("/api/v1/payment-notifications/SANDBOX").then().statusCode(204);
        assertEquals(1, notifications(orderNo, PaymentNotification.Outcome.ALREADY_APPLIED));
        assertEquals(0, duplicates(orderNo));
        assertEquals(1, paidEvents(orderNo));
    }

    @Test
    void expiredOrderIsClosedAtTheGatewayAndHereAndTheFeeCanBePaidAgain() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        QuarkusTransaction.requiringNew().run(() -> {
            PaymentOrder o = PaymentOrder.byOrderNo(orderNo).orElseThrow();
            o.expiresAt = Instant.now().minusSeconds(1);
            o.nextQueryAt = Instant.now().minusSeconds(1);
        });
        jobs.pollOnce();
        assertEquals(Status.EXPIRED, order(orderNo).status);
        assertEquals("CLOSED", bank.view(orderNo).status());
        sandboxPay(orderNo, Map.of()).then().statusCode(409);
        String next = newOrder(s);
        assertNotEquals(orderNo, next);
    }

    @Test
    void twoJobInstancesNeverQueryTheSameOrder() throws Exception {
        String examOfMany = exam;
        List<String> orderNos = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orderNos.add(newOrder(SubmittedApplications.submit(examOfMany)));
        }
        orderNos.forEach(PaymentNotificationTest::makeDue);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> rounds = instances.invokeAll(List.of(() -> jobs.pollOnce(), () -> jobs.pollOnce()));
        int claimed = rounds.get(0).get() + rounds.get(1).get();
        instances.shutdown();
        assertTrue(claimed >= orderNos.size(), "claimed " + claimed);
        for (String no : orderNos) {
            assertEquals(1, bank.queriesOf(no), no);
            assertEquals(1, order(no).queryCount, no);
        }
    }

    @Test
    void reconciliationAppliesAndReportsAPaymentTheOrderDidNotShow() {
        Submitted s = SubmittedApplications.submit(exam);
        String orderNo = newOrder(s);
        sandboxPay(orderNo, Map.of("lose", true)).then().statusCode(200);
        String finance = Api.operator("FINANCE", null, null, null);
        Response report = as(finance).body(Map.of("channel", "SANDBOX", "billDate", ChinaTime.today().toString()))
                .post("/api/v1/admin/reconciliations");
        report.then().statusCode(201).body("status", equalTo("DISCREPANCIES"));
        List<Map<String, Object>> mine = report.jsonPath().getList("discrepancies.findAll { it.orderNo == '" + orderNo + "' }");
        assertEquals(1, mine.size(), report.asString());
        assertEquals("PAID_AT_GATEWAY_UNPAID_HERE", mine.get(0).get("kind"));
        assertEquals(Status.PAID, order(orderNo).status);
        String id = report.path("id");
        as(finance).get("/api/v1/admin/reconciliations/" + id).then().statusCode(200).body("id", equalTo(id));
        as(finance).get("/api/v1/admin/reconciliations?channel=SANDBOX").then().statusCode(200);
        as(Api.operator("FINANCE", "43", null, null)).get("/api/v1/admin/reconciliations").then().statusCode(403);
        as(s.token()).get("/api/v1/admin/reconciliations").then().statusCode(403);
        // a re-run finds it matched now
        Response again = as(finance).body(Map.of("channel", "SANDBOX", "billDate", ChinaTime.today().toString()))
                .post("/api/v1/admin/reconciliations");
        assertTrue(again.jsonPath().getList("discrepancies.findAll { it.orderNo == '" + orderNo + "' }").isEmpty());
    }

    static void makeDue(String orderNo) {
        QuarkusTransaction.requiringNew().run(() ->
                PaymentOrder.byOrderNo(orderNo).orElseThrow().nextQueryAt = Instant.now().minusSeconds(1));
    }
}
