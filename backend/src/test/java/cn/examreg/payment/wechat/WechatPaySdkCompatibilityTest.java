package cn.examreg.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.payment.channel.PaymentGateway.NotificationRejected;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import cn.examreg.payment.wechat.WechatPayStub.SignedNotification;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.exception.DecryptionException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.core.util.GsonUtil;
import com.wechat.pay.java.core.util.PemUtil;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import com.wechat.pay.java.service.refund.model.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WeChat's official SDK (wechatpay-java) as the referee: it accepts what the stub signs and encrypts, rejects what we
 * reject, makes the same request signatures as our client, and the stub accepts the requests it signs. With the
 * client tests (our client ⇄ stub), this shows our client speaks the protocol the way WeChat's own SDK does.
 */
class WechatPaySdkCompatibilityTest {
    static WechatPayStub stub;
    static WechatPayClient client;
    static NotificationParser sdkParser;
    @TempDir
    static Path keyDir;

    @BeforeAll
    static void start() {
        stub = WechatPayStub.start();
        client = stub.newClient();
        WechatTestKeys.PemFiles pem = stub.keys().writePem(keyDir);
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(WechatPayStub.MCHID)
                .privateKeyFromPath(pem.merchantPrivateKey().toString())
                .merchantSerialNumber(stub.keys().merchantSerialNo())
                .publicKeyFromPath(pem.platformPublicKey().toString())
                .publicKeyId(stub.keys().platformSerialNo())
                .apiV3Key(stub.keys().apiV3Key())
                .build();
        sdkParser = new NotificationParser(config);
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

    static RequestParam sdkRequest(SignedNotification notification) {
        Map<String, String> headers = notification.headers();
        return new RequestParam.Builder()
                .serialNumber(headers.get("wechatpay-serial"))
                .nonce(headers.get("wechatpay-nonce"))
                .signature(headers.get("wechatpay-signature"))
                .timestamp(headers.get("wechatpay-timestamp"))
                .signType(headers.get("wechatpay-signature-type"))
                .body(notification.body())
                .build();
    }

    // ---- notifications ----

    @Test
    void sdkNotificationParserAcceptsTheStubsPaymentNotificationAsWeDo() {
        String no = paidOrder(45_600);
        SignedNotification notification = stub.paymentNotification(no);

        Transaction sdk = sdkParser.parse(sdkRequest(notification), Transaction.class);
        PaymentEvent ours = client.parseNotification(notification.headers(), notification.body());

        assertEquals(no, sdk.getOutTradeNo());
        assertEquals(Transaction.TradeStateEnum.SUCCESS, sdk.getTradeState());
        assertEquals(WechatPayStub.MCHID, sdk.getMchid());
        assertEquals(sdk.getOutTradeNo(), ours.outTradeNo());
        assertEquals(sdk.getTradeState().name(), ours.tradeState().name());
        assertEquals(sdk.getTransactionId(), ours.transactionId());
        assertEquals(sdk.getAmount().getTotal().longValue(), ours.amountFen());
        assertEquals(OffsetDateTime.parse(sdk.getSuccessTime()).toInstant(),
                ours.successTime());
    }

    @Test
    void sdkNotificationParserAcceptsTheStubsRefundNotificationAsWeDo() {
        String no = paidOrder(300);
        client.refund(new RefundRequest(no, null, "R" + no, 120, 300, null, null));
        SignedNotification notification = stub.refundNotification("R" + no);

        RefundNotification sdk = sdkParser.parse(sdkRequest(notification), RefundNotification.class);
        PaymentEvent ours = client.parseNotification(notification.headers(), notification.body());

        assertEquals(Status.SUCCESS, sdk.getRefundStatus());
        assertEquals("R" + no, sdk.getOutRefundNo());
        assertEquals(sdk.getOutRefundNo(), ours.outRefundNo());
        assertEquals(sdk.getRefundStatus().name(), ours.refundState().name());
        assertEquals(sdk.getAmount().getRefund(), ours.amountFen());
    }

    @Test
    void sdkRejectsForgedAndReSerialledNotificationsLikeWeDo() {
        String body = stub.paymentNotification(paidOrder(1)).body();
        SignedNotification forged = stub.signed(body, Instant.now(), stub.keys().platformSerialNo(),
                WechatTestKeys.stranger().getPrivate());
        SignedNotification otherSerial = stub.signed(body).withHeader("wechatpay-serial", "PUB_KEY_ID_OTHER");

        for (SignedNotification notification : List.of(forged, otherSerial)) {
            assertThrows(ValidationException.class, () -> sdkParser.parse(sdkRequest(notification), Transaction.class));
            assertThrows(NotificationRejected.class,
                    () -> client.parseNotification(notification.headers(), notification.body()));
        }
    }

    @Test
    void sdkFailsToDecryptTamperedCiphertextLikeWeDo() throws Exception {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(stub.paymentNotification(paidOrder(1)).body());
        ObjectNode resource = (ObjectNode) body.get("resource");
        byte[] ciphertext = Base64.getDecoder().decode(resource.get("ciphertext").asText());
        ciphertext[0] ^= 0x40;
        resource.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        SignedNotification tampered = stub.signed(body.toString());

        assertThrows(DecryptionException.class, () -> sdkParser.parse(sdkRequest(tampered), Transaction.class));
        assertThrows(NotificationRejected.class,
                () -> client.parseNotification(tampered.headers(), tampered.body()));
    }

    // ---- request signatures ----

    @Test
    void ourSignatureIsTheSdkSignersSignature() {
        String message = "POST\n/v3/pay/transactions/native\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"a\":1}\n";

        String ours = WechatPayCrypto.sign(stub.keys().merchant().getPrivate(), message);
        String sdk = new RSASigner(stub.keys().merchantSerialNo(), stub.keys().merchant().getPrivate())
                .sign(message).getSign();

        assertEquals(sdk, ours);
    }

    @Test
    void sdkVerifierAcceptsOurAuthorizationHeader() {
        URI uri = URI.create(stub.baseUrl() + "/v3/pay/transactions/out-trade-no/A%7C12345678?mchid=1900009191");
        String authorization = client.authorization("GET", uri, "");
        Map<String, String> token = token(authorization);

        String message = "GET\n/v3/pay/transactions/out-trade-no/A%7C12345678?mchid=1900009191\n"
                + token.get("timestamp") + "\n" + token.get("nonce_str") + "\n\n";
        RSAVerifier sdk = new RSAVerifier(stub.keys().merchant().getPublic(), stub.keys().merchantSerialNo());

        assertEquals(stub.keys().merchantSerialNo(), token.get("serial_no"));
        assertTrue(sdk.verify(token.get("serial_no"), message, token.get("signature")));
    }

    @Test
    void stubAcceptsRequestsSignedBySdkCredentialAndSdkValidatorAcceptsItsAnswers() throws Exception {
        WechatPay2Credential credential = new WechatPay2Credential(WechatPayStub.MCHID,
                new RSASigner(stub.keys().merchantSerialNo(), stub.keys().merchant().getPrivate()));
        WechatPay2Validator validator = new WechatPay2Validator(
                new RSAVerifier(stub.keys().platform().getPublic(), stub.keys().platformSerialNo()));
        String no = WechatPayStub.newOrderNumber();
        String body = "{\"appid\":\"" + WechatPayStub.APPID + "\",\"mchid\":\"" + WechatPayStub.MCHID
                + "\",\"description\":\"技能考试费\",\"out_trade_no\":\"" + no
                + "\",\"time_expire\":\"2099-01-01T10:00:00+08:00\",\"notify_url\":\"https://e.cn/n\","
                + "\"amount\":{\"total\":100,\"currency\":\"CNY\"}}";
        URI uri = URI.create(stub.baseUrl() + "/v3/pay/transactions/native");

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri)
                .header("Authorization", credential.getAuthorization(uri, "POST", body))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());

        assertEquals(200, answer.statusCode());
        assertTrue(validator.validate(sdkHeaders(answer), answer.body()));
        assertEquals(TradeState.NOTPAY, client.query(no).state());
    }

    @Test
    void sdkValidatorRefusesAnAnswerWeRefuse() throws Exception {
        String no = paidOrder(1);
        stub.tamperNextAnswer(WechatPayStub.Tamper.FORGED_SIGNATURE);
        URI uri = URI.create(stub.baseUrl() + "/v3/pay/transactions/out-trade-no/" + no + "?mchid="
                + WechatPayStub.MCHID);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri)
                .header("Authorization", client.authorization("GET", uri, "")).GET().build());

        WechatPay2Validator validator = new WechatPay2Validator(
                new RSAVerifier(stub.keys().platform().getPublic(), stub.keys().platformSerialNo()));
        assertEquals(200, answer.statusCode());
        assertFalse(validator.validate(sdkHeaders(answer), answer.body()));
    }

    // ---- JSON and keys ----

    @Test
    void sdkModelsReadTheStubsAnswers() throws Exception {
        String no = paidOrder(45_600);
        client.refund(new RefundRequest(no, null, "R" + no, 45_600, 45_600, null, null));

        Transaction transaction = GsonUtil.getGson().fromJson(stub.transactionJson(no), Transaction.class);
        URI refundUri = URI.create(stub.baseUrl() + "/v3/refund/domestic/refunds");
        String refundBody = "{\"out_trade_no\":\"" + no + "\",\"out_refund_no\":\"R" + no
                + "\",\"amount\":{\"refund\":45600,\"total\":45600,\"currency\":\"CNY\"}}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(refundUri)
                .header("Authorization", client.authorization("POST", refundUri, refundBody))
                .POST(HttpRequest.BodyPublishers.ofString(refundBody)).build());
        Refund refund = GsonUtil.getGson().fromJson(answer.body(), Refund.class);

        assertEquals(45_600, transaction.getAmount().getTotal());
        assertEquals(Transaction.TradeTypeEnum.NATIVE, transaction.getTradeType());
        assertEquals("R" + no, refund.getOutRefundNo());
        assertEquals(Status.PROCESSING, refund.getStatus());
        assertEquals(45_600L, refund.getAmount().getRefund());
    }

    @Test
    void pemFilesWeWriteAreTheFormatTheSdkReads() {
        WechatTestKeys.PemFiles pem = stub.keys().writePem(keyDir.resolve("again"));

        assertEquals(stub.keys().merchant().getPrivate(),
                PemUtil.loadPrivateKeyFromPath(pem.merchantPrivateKey().toString()));
        assertEquals(stub.keys().platform().getPublic(),
                PemUtil.loadPublicKeyFromPath(pem.platformPublicKey().toString()));
    }

    // ---- helpers ----

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer's headers under WeChat's spelling: the SDK looks them up case-sensitively. */
    static com.wechat.pay.java.core.http.HttpHeaders sdkHeaders(HttpResponse<?> answer) {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("Wechatpay-Serial", "Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature",
                "Request-ID")) {
            answer.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
        }
        return new com.wechat.pay.java.core.http.HttpHeaders(headers);
    }

    static Map<String, String> token(String authorization) {
        assertTrue(authorization.startsWith(WechatPayClient.AUTH_SCHEMA + " "));
        Map<String, String> token = new HashMap<>();
        Matcher matcher = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(authorization);
        while (matcher.find()) {
            token.put(matcher.group(1), matcher.group(2));
        }
        return token;
    }
}
