package cn.examreg.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.payment.channel.PaymentGateway.CloseResult;
import cn.examreg.payment.channel.PaymentGateway.GatewayOrder;
import cn.examreg.payment.channel.PaymentGateway.GatewayRefund;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.GatewayUnavailable;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.RefundState;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import cn.examreg.payment.wechat.WechatPayStub.Tamper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our client against the stub: orders, queries, closes, refunds, request signing and answer verification. */
class WechatPayClientTest {
    static final String NOTIFY_URL = "https://examreg.example.cn/api/v1/payments/wechat/notifications";
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

    static GatewayOrder order(String outTradeNo, long fen) {
        return new GatewayOrder(outTradeNo, "医师资格考试 技能考试费", fen, Instant.now().plus(2, ChronoUnit.HOURS),
                NOTIFY_URL);
    }

    static String created(long fen) {
        String no = WechatPayStub.newOrderNumber();
        client.createNative(order(no, fen));
        return no;
    }

    // ---- Native order ----

    @Test
    void createsNativeOrderWithTheFieldsWeChatRequires() {
        String no = WechatPayStub.newOrderNumber();

        String codeUrl = client.createNative(order(no, 45_600)).codeUrl();

        assertTrue(codeUrl.startsWith("weixin://wxpay/bizpayurl?pr="), codeUrl);
        JsonNode sent = stub.order(no).request();
        assertEquals(WechatPayStub.APPID, sent.get("appid").asText());
        assertEquals(WechatPayStub.MCHID, sent.get("mchid").asText());
        assertEquals("医师资格考试 技能考试费", sent.get("description").asText());
        assertEquals(NOTIFY_URL, sent.get("notify_url").asText());
        assertEquals(45_600, sent.get("amount").get("total").asLong());
        assertEquals("CNY", sent.get("amount").get("currency").asText());
    }

    @Test
    void sendsTimeExpireAsRfc3339InChinaTime() {
        String no = WechatPayStub.newOrderNumber();
        Instant expires = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
        client.createNative(new GatewayOrder(no, "fee", 1, expires.plusMillis(400), NOTIFY_URL));

        String timeExpire = stub.order(no).request().get("time_expire").asText();

        assertTrue(timeExpire.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00\\+08:00"), timeExpire);
        assertEquals(expires, OffsetDateTime.parse(timeExpire).toInstant());
    }

    @Test
    void secondCreateOfTheSameOrderReturnsTheSameCodeUrl() {
        String no = WechatPayStub.newOrderNumber();
        String first = client.createNative(order(no, 100)).codeUrl();

        assertEquals(first, client.createNative(order(no, 100)).codeUrl());
    }

    @Test
    void refusesOrderNumberWeChatWouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> client.createNative(order("short", 1)));
        assertThrows(IllegalArgumentException.class, () -> client.createNative(order("has space 1234", 1)));
        assertThrows(IllegalArgumentException.class, () -> client.query("x".repeat(33)));
    }

    @Test
    void orderNumberWithPipeIsEncodedInThePathAndSignedAsSent() {
        String no = "A|" + WechatPayStub.newOrderNumber().substring(0, 20) + "*";
        client.createNative(order(no, 1));

        assertEquals(TradeState.NOTPAY, client.query(no).state());
        assertEquals(CloseResult.CLOSED, client.close(no));
    }

    // ---- request signatures ----

    @Test
    void signsRequestsWithTheAuthorizationWeChatSpecifies() {
        created(1);

        String authorization = stub.lastAuthorization();

        assertTrue(authorization.matches("WECHATPAY2-SHA256-RSA2048 mchid=\"" + WechatPayStub.MCHID
                + "\",nonce_str=\"[A-Za-z0-9]{32}\",signature=\"[A-Za-z0-9+/]+=*\",timestamp=\"\\d{10}\",serial_no=\""
                + stub.keys().merchantSerialNo() + "\""), authorization);
    }

    @Test
    void stubRefusesRequestSignedWithAnotherKeyWith401SignError() {
        WechatTestKeys keys = stub.keys();
        WechatPayClient impostor = new WechatPayClient(stub.baseUrl(), WechatPayStub.MCHID, WechatPayStub.APPID,
                keys.merchantSerialNo(), WechatTestKeys.stranger().getPrivate(), keys.platform().getPublic(),
                keys.platformSerialNo(), keys.apiV3Key(), Duration.ofSeconds(2), Duration.ofSeconds(5));

        WechatPayError error = assertThrows(WechatPayError.class, () -> impostor.query(created(1)));

        assertEquals(401, error.status());
        assertEquals("SIGN_ERROR", error.code());
    }

    // ---- answer verification ----

    @Test
    void rejectsAnswerWithForgedSignature() {
        String no = created(1);
        stub.tamperNextAnswer(Tamper.FORGED_SIGNATURE);

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.query(no));

        assertTrue(error.getMessage().contains("signature does not match"), error.getMessage());
    }

    @Test
    void rejectsAnswerSignedByAnotherPlatformSerial() {
        String no = created(1);
        stub.tamperNextAnswer(Tamper.WRONG_SERIAL);

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.query(no));

        assertTrue(error.getMessage().contains("Wechatpay-Serial"), error.getMessage());
    }

    @Test
    void rejectsAnswerWithTimestampOlderThanFiveMinutes() {
        String no = created(1);
        stub.tamperNextAnswer(Tamper.STALE_TIMESTAMP);

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.query(no));

        assertTrue(error.getMessage().contains("5 minutes"), error.getMessage());
    }

    @Test
    void rejectsUnsignedSuccessfulAnswer() {
        String no = WechatPayStub.newOrderNumber();
        stub.tamperNextAnswer(Tamper.UNSIGNED);

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.createNative(order(no, 1)));

        assertTrue(error.getMessage().contains("signature headers missing"), error.getMessage());
    }

    @Test
    void unsignedOrderNotExistIsAnErrorNotNotFound() {
        stub.tamperNextAnswer(Tamper.UNSIGNED);

        WechatPayError error = assertThrows(WechatPayError.class,
                () -> client.query(WechatPayStub.newOrderNumber()));

        assertEquals(404, error.status());
        assertEquals("ORDER_NOT_EXIST", error.code());
    }

    @Test
    void serverErrorIsGatewayUnavailable() {
        String no = created(1);
        stub.tamperNextAnswer(Tamper.SERVER_ERROR);

        WechatPayError error = assertThrows(WechatPayError.class, () -> client.query(no));

        assertEquals(500, error.status());
        assertEquals("SYSTEM_ERROR", error.code());
        assertInstanceOf(GatewayUnavailable.class, error);
    }

    @Test
    void unreachableGatewayIsGatewayUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WechatTestKeys keys = stub.keys();
        WechatPayClient nowhere = new WechatPayClient("http://127.0.0.1:" + closedPort, WechatPayStub.MCHID,
                WechatPayStub.APPID, keys.merchantSerialNo(), keys.merchant().getPrivate(),
                keys.platform().getPublic(), keys.platformSerialNo(), keys.apiV3Key(), Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class,
                () -> nowhere.query(WechatPayStub.newOrderNumber()));

        assertInstanceOf(IOException.class, error.getCause());
    }

    // ---- query ----

    @ParameterizedTest
    @EnumSource(value = TradeState.class, names = "NOT_FOUND", mode = EnumSource.Mode.EXCLUDE)
    void mapsEachTradeStateOfWeChat(TradeState state) {
        String no = created(300);
        stub.setTradeState(no, state.name());

        GatewayTrade trade = client.query(no);

        assertEquals(state, trade.state());
        assertEquals(no, trade.outTradeNo());
        assertEquals(300L, trade.amountFen());
    }

    @Test
    void queryOfPaidOrderCarriesTransactionIdAmountAndSuccessTime() {
        String no = created(45_600);
        WechatPayStub.StubOrder paid = stub.pay(no);

        GatewayTrade trade = client.query(no);

        assertEquals(TradeState.SUCCESS, trade.state());
        assertEquals(paid.transactionId(), trade.transactionId());
        assertEquals(45_600L, trade.amountFen());
        assertEquals(paid.successTime().truncatedTo(ChronoUnit.SECONDS), trade.successTime());
    }

    @Test
    void queryOfUnpaidOrderHasNoTransaction() {
        GatewayTrade trade = client.query(created(1));

        assertEquals(TradeState.NOTPAY, trade.state());
        assertNull(trade.transactionId());
        assertNull(trade.successTime());
    }

    @Test
    void queryOfOrderWeChatDoesNotKnowIsNotFound() {
        String no = WechatPayStub.newOrderNumber();

        GatewayTrade trade = client.query(no);

        assertEquals(new GatewayTrade(no, TradeState.NOT_FOUND, null, null, null), trade);
    }

    // ---- close ----

    @Test
    void closesUnpaidOrder() {
        String no = created(1);

        assertEquals(CloseResult.CLOSED, client.close(no));
        assertEquals("CLOSED", stub.order(no).tradeState());
        assertEquals(TradeState.CLOSED, client.query(no).state());
    }

    @Test
    void closeOfOrderPaidMeanwhileAnswersAlreadyPaid() {
        String no = created(1);
        stub.pay(no);

        assertEquals(CloseResult.ALREADY_PAID, client.close(no));
        assertEquals("SUCCESS", stub.order(no).tradeState());
    }

    @Test
    void closeOfUnknownOrderIsAnError() {
        WechatPayError error = assertThrows(WechatPayError.class, () -> client.close(WechatPayStub.newOrderNumber()));

        assertEquals("ORDER_NOT_EXIST", error.code());
    }

    // ---- refund ----

    @Test
    void refundsPaidOrderByTransactionId() {
        String no = created(45_600);
        String transactionId = stub.pay(no).transactionId();
        String refundNo = "R" + no;

        GatewayRefund refund = client.refund(new RefundRequest(no, transactionId, refundNo, 45_600, 45_600,
                "考生申请退费", NOTIFY_URL));

        assertEquals(refundNo, refund.outRefundNo());
        assertNotNull(refund.refundId());
        assertEquals(RefundState.PROCESSING, refund.state());
        JsonNode sent = stub.refund(refundNo).request();
        assertEquals(transactionId, sent.get("transaction_id").asText());
        assertEquals(45_600, sent.get("amount").get("refund").asLong());
        assertEquals(45_600, sent.get("amount").get("total").asLong());
        assertEquals("CNY", sent.get("amount").get("currency").asText());
        assertEquals(NOTIFY_URL, sent.get("notify_url").asText());
    }

    @Test
    void refundsByOrderNumberWhenTheTransactionIdIsUnknown() {
        String no = created(200);
        stub.pay(no);

        GatewayRefund refund = client.refund(new RefundRequest(no, null, "R" + no, 50, 200, null, null));

        assertEquals(RefundState.PROCESSING, refund.state());
        assertEquals(no, stub.refund("R" + no).request().get("out_trade_no").asText());
    }

    @Test
    void sameRefundNumberRefundsOnce() {
        String no = created(200);
        stub.pay(no);
        RefundRequest request = new RefundRequest(no, null, "R" + no, 150, 200, null, null);

        GatewayRefund first = client.refund(request);
        GatewayRefund second = client.refund(request);

        assertEquals(first.refundId(), second.refundId());
        WechatPayError error = assertThrows(WechatPayError.class,
                () -> client.refund(new RefundRequest(no, null, "S" + no, 100, 200, null, null)));
        assertEquals(403, error.status());
        assertEquals("NOT_ENOUGH", error.code());
    }

    @Test
    void refundStateComesFromWeChat() {
        String no = created(200);
        stub.pay(no);
        client.refund(new RefundRequest(no, null, "R" + no, 200, 200, null, null));
        stub.refundNotification("R" + no);

        GatewayRefund refund = client.refund(new RefundRequest(no, null, "R" + no, 200, 200, null, null));

        assertEquals(RefundState.SUCCESS, refund.state());
        assertNotNull(refund.successTime());
    }
}
