package cn.examreg.payment;

import static cn.examreg.payment.PaymentOrderTest.order;
import static cn.examreg.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.examreg.application.SubmittedApplications;
import cn.examreg.application.SubmittedApplications.Submitted;
import cn.examreg.catalogue.FeeItem;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import cn.examreg.payment.wechat.WechatPayStub;
import cn.examreg.payment.wechat.WechatPayStub.SignedNotification;
import cn.examreg.payment.wechat.WechatPayStubResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WECHAT_NATIVE channel end to end against the local WeChat Pay v3 stub (real keys made in the test). */
@QuarkusTest
@WithTestResource(WechatPayStubResource.class)
class WechatChannelEndToEndTest {
    WechatPayStub stub;
    @Inject
    PaymentJobs jobs;

    private Submitted candidate;

    @BeforeEach
    void submitted() {
        String exam = SubmittedApplications.exam();
        Instant now = Instant.now();
        SubmittedApplications.fee(exam, FeeItem.Item.SKILLS, 28900, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), FeeItem.PayableAfter.SUBMITTED);
        QuarkusTransaction.requiringNew().run(() -> FeeItem.<FeeItem>find("examCode = ?1 and item = ?2", exam,
                FeeItem.Item.SKILLS).firstResult().offerChannels(List.of(FeeItem.Channel.WECHAT_NATIVE)));
        candidate = SubmittedApplications.submit(exam);
    }

    private String wechatOrder() {
        return as(candidate.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", candidate.applicationId(), "feeItem", "SKILLS", "channel", "WECHAT_NATIVE"))
                .post("/api/v1/payment-orders").then().statusCode(201)
                .body("channel", equalTo("WECHAT_NATIVE")).body("codeUrl", startsWith("weixin://"))
                .extract().path("orderNo");
    }

    private static RequestSpecification post(SignedNotification n) {
        RequestSpecification r = given().contentType("application/json").body(n.body());
        for (var h : n.headers().entrySet()) {
            r = r.header(h.getKey(), h.getValue());
        }
        return r;
    }

    @Test
    void signedEncryptedNotificationMarksTheOrderPaidOnce() {
        String orderNo = wechatOrder();
        assertEquals(28900L, stub.order(orderNo).totalFen());
        SignedNotification n = stub.paymentNotification(orderNo);
        post(n).post("/api/v1/payment-notifications/WECHAT_NATIVE").then().statusCode(204);
        PaymentOrder paid = order(orderNo);
        assertEquals(Status.PAID, paid.status);
        assertEquals(stub.order(orderNo).transactionId(), paid.transactionId);
        // WeChat retries with a fresh signature: acknowledged, nothing changes
        post(stub.paymentNotification(orderNo)).post("/api/v1/payment-notifications/WECHAT_NATIVE").then().statusCode(204);
        // the very same request again is a replay
        post(n).post("/api/v1/payment-notifications/WECHAT_NATIVE").then().statusCode(401).body("code", equalTo("FAIL"));
        assertEquals(Status.PAID, order(orderNo).status);
    }

    @Test
    void forgedNotificationIsRefused() {
        String orderNo = wechatOrder();
        SignedNotification real = stub.paymentNotification(orderNo);
        SignedNotification forged = stub.signed(real.body(), Instant.now(), stub.keys().platformSerialNo(),
                cn.examreg.payment.wechat.WechatTestKeys.stranger().getPrivate());
        post(forged).post("/api/v1/payment-notifications/WECHAT_NATIVE").then().statusCode(401);
        assertEquals(Status.PAYING, order(orderNo).status);
    }

    @Test
    void paymentWithoutNotificationIsFoundByTheQueryJob() {
        String orderNo = wechatOrder();
        stub.pay(orderNo);
        PaymentNotificationTest.makeDue(orderNo);
        jobs.pollOnce();
        assertEquals(Status.PAID, order(orderNo).status);
        assertEquals(stub.order(orderNo).transactionId(), order(orderNo).transactionId);
    }
}
