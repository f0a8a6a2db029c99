package cn.examreg.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.payment.channel.PaymentGateway.EventKind;
import cn.examreg.payment.channel.PaymentGateway.NotificationRejected;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.RefundState;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import cn.examreg.payment.wechat.WechatPayStub.SignedNotification;
import cn.examreg.payment.wechat.WechatPayStub.StubOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Notifications: only what the platform key signed recently and the APIv3 key decrypts becomes an event. */
class WechatPayNotificationTest {
    static WechatPayStub stub;
    static WechatPayClient client;

    @BeforeAll
    static void start() {
        stub = WechatPayStub.start();
        client = stub.newClient();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static String paidOrder(long fen) {
        String no = WechatPayStub.newOrderNumber();
        client.createNative(WechatPayClientTest.order(no, fen));
        stub.pay(no);
        return no;
    }

    static NotificationRejected rejected(SignedNotification notification) {
        return assertThrows(NotificationRejected.class,
                () -> client.parseNotification(notification.headers(), notification.body()));
    }

    @Test
    void acceptsPaymentNotificationAndReturnsItsContent() throws Exception {
        String no = paidOrder(45_600);
        SignedNotification notification = stub.paymentNotification(no);
        StubOrder order = stub.order(no);

        PaymentEvent event = client.parseNotification(notification.headers(), notification.body());

        assertEquals(new ObjectMapper().readTree(notification.body()).get("id").asText(), event.notificationId());
        assertTrue(event.notificationId().startsWith("EV-"));
        assertEquals(EventKind.TRANSACTION, event.kind());
        assertEquals(Long.parseLong(notification.headers().get("wechatpay-timestamp")), event.timestamp());
        assertEquals(notification.headers().get("wechatpay-nonce"), event.nonce());
        assertEquals(no, event.outTradeNo());
        assertEquals(TradeState.SUCCESS, event.tradeState());
        assertEquals(order.transactionId(), event.transactionId());
        assertEquals(45_600L, event.amountFen());
        assertEquals(order.successTime().truncatedTo(ChronoUnit.SECONDS), event.successTime());
        assertNull(event.outRefundNo());
        assertEquals(stub.transactionJson(no), event.decrypted());
    }

    @Test
    void acceptsRefundNotification() {
        String no = paidOrder(200);
        client.refund(new RefundRequest(no, null, "R" + no, 80, 200, null, null));
        SignedNotification notification = stub.refundNotification("R" + no);

        PaymentEvent event = client.parseNotification(notification.headers(), notification.body());

        assertEquals(EventKind.REFUND, event.kind());
        assertEquals(no, event.outTradeNo());
        assertEquals("R" + no, event.outRefundNo());
        assertEquals(RefundState.SUCCESS, event.refundState());
        assertEquals(80L, event.amountFen());
        assertEquals(stub.order(no).transactionId(), event.transactionId());
        assertEquals(stub.refund("R" + no).successTime().truncatedTo(ChronoUnit.SECONDS), event.successTime());
    }

    @Test
    void acceptsNotificationSignedFourMinutesAgo() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        Instant signedAt = Instant.now().minus(Duration.ofMinutes(4));
        SignedNotification notification = stub.signed(body, signedAt, stub.keys().platformSerialNo(),
                stub.keys().platform().getPrivate());

        assertEquals(signedAt.getEpochSecond(),
                client.parseNotification(notification.headers(), notification.body()).timestamp());
    }

    @Test
    void rejectsNotificationWithForgedSignature() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        SignedNotification forged = stub.signed(body, Instant.now(), stub.keys().platformSerialNo(),
                WechatTestKeys.stranger().getPrivate());

        assertTrue(rejected(forged).getMessage().contains("signature does not match"));
    }

    @Test
    void rejectsNotificationWhoseBodyChangedAfterSigning() {
        SignedNotification notification = stub.paymentNotification(paidOrder(1));
        SignedNotification changed = new SignedNotification(notification.headers(),
                notification.body().replace("支付成功", "支付失败"));

        assertTrue(rejected(changed).getMessage().contains("signature does not match"));
    }

    @Test
    void rejectsNotificationWithWrongSerial() {
        SignedNotification notification = stub.paymentNotification(paidOrder(1))
                .withHeader("wechatpay-serial", "PUB_KEY_ID_0000000000000000000000000000");

        assertTrue(rejected(notification).getMessage().contains("Wechatpay-Serial"));
    }

    @Test
    void rejectsNotificationSignedByAnotherKeyUnderItsOwnSerial() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        SignedNotification notification = stub.signed(body, Instant.now(), "PUB_KEY_ID_STRANGER",
                WechatTestKeys.stranger().getPrivate());

        assertTrue(rejected(notification).getMessage().contains("Wechatpay-Serial"));
    }

    @Test
    void rejectsNotificationWithStaleTimestamp() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        SignedNotification stale = stub.signed(body, Instant.now().minus(Duration.ofMinutes(6)),
                stub.keys().platformSerialNo(), stub.keys().platform().getPrivate());

        assertTrue(rejected(stale).getMessage().contains("5 minutes"));
    }

    @Test
    void rejectsNotificationFromTheFuture() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        SignedNotification early = stub.signed(body, Instant.now().plus(Duration.ofMinutes(6)),
                stub.keys().platformSerialNo(), stub.keys().platform().getPrivate());

        assertTrue(rejected(early).getMessage().contains("5 minutes"));
    }

    @Test
    void rejectsNotificationWithoutSignatureHeaders() {
        SignedNotification notification = stub.paymentNotification(paidOrder(1));
        SignedNotification unsigned = new SignedNotification(Map.of("content-type", "application/json"),
                notification.body());

        assertTrue(rejected(unsigned).getMessage().contains("missing"));
    }

    @Test
    void rejectsNotificationWithTamperedCiphertext() throws Exception {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(stub.paymentNotification(paidOrder(1)).body());
        ObjectNode resource = (ObjectNode) body.get("resource");
        byte[] ciphertext = Base64.getDecoder().decode(resource.get("ciphertext").asText());
        ciphertext[5] ^= 0x01;
        resource.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        SignedNotification tampered = stub.signed(body.toString());

        assertTrue(rejected(tampered).getMessage().contains("cannot be decrypted"));
    }

    @Test
    void rejectsNotificationWithTamperedAssociatedData() throws Exception {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(stub.paymentNotification(paidOrder(1)).body());
        ((ObjectNode) body.get("resource")).put("associated_data", "refund");
        SignedNotification tampered = stub.signed(body.toString());

        assertTrue(rejected(tampered).getMessage().contains("cannot be decrypted"));
    }

    @Test
    void rejectsNotificationEncryptedWithAnotherApiV3Key() {
        String no = paidOrder(1);
        String body = stub.notificationBody("TRANSACTION.SUCCESS", "支付成功", "transaction", stub.transactionJson(no),
                WechatTestKeys.randomAlphanumeric(32));

        assertTrue(rejected(stub.signed(body)).getMessage().contains("cannot be decrypted"));
    }

    @Test
    void rejectsNotificationForAnotherMerchant() {
        String no = paidOrder(1);
        String otherMerchant = stub.transactionJson(no).replace(WechatPayStub.MCHID, "1900000001");
        String body = stub.notificationBody("TRANSACTION.SUCCESS", "支付成功", "transaction", otherMerchant,
                stub.keys().apiV3Key());

        assertTrue(rejected(stub.signed(body)).getMessage().contains("another merchant"));
    }

    @Test
    void rejectsNotificationOfUnknownEventType() {
        String no = paidOrder(1);
        String body = stub.notificationBody("TRANSACTION.UNKNOWN", "?", "transaction", stub.transactionJson(no),
                stub.keys().apiV3Key());

        assertTrue(rejected(stub.signed(body)).getMessage().contains("unsupported event_type"));
    }

    @Test
    void rejectsSignedBodyThatIsNotJson() {
        assertTrue(rejected(stub.signed("not json")).getMessage().contains("not JSON"));
    }
}
