package cn.examreg.payment.wechat;

import cn.examreg.payment.channel.PaymentGateway.EventKind;
import cn.examreg.payment.channel.PaymentGateway.GatewayRefund;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.NotificationRejected;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * Verifies and decrypts WeChat Pay notifications (回调通知): the signature headers are checked like a response's
 * ({@link WechatPayVerifier}), then {@code resource} is decrypted (AEAD_AES_256_GCM with the APIv3 key) and read as
 * a transaction (TRANSACTION.SUCCESS) or a refund (REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED). Anything else is
 * a {@link NotificationRejected}.
 */
final class WechatPayNotifications {
    static final String SIGN_TYPE = "WECHATPAY2-SHA256-RSA2048";
    private static final String ALGORITHM = "AEAD_AES_256_GCM";

    private final WechatPayVerifier verifier;
    private final byte[] apiV3Key;
    private final String mchid;
    private final ObjectMapper json;

    WechatPayNotifications(WechatPayVerifier verifier, String apiV3Key, String mchid, ObjectMapper json) {
        this.verifier = verifier;
        this.apiV3Key = apiV3Key.getBytes(StandardCharsets.UTF_8);
        this.mchid = mchid;
        this.json = json;
    }

    /**
     * The verified, decrypted event.
     *
     * @param headers HTTP headers, names in lower case
     */
    PaymentEvent parse(Map<String, String> headers, String body) {
        long timestamp = verify(headers, body == null ? "" : body);
        JsonNode notification = read(body, "notification is not JSON");
        String eventType = WechatPayJson.text(notification, "event_type");
        String plaintext = decrypt(notification.path("resource"));
        JsonNode resource = read(plaintext, "resource is not JSON");
        String resourceMchid = WechatPayJson.text(resource, "mchid");
        if (resourceMchid != null && !resourceMchid.equals(mchid)) {
            throw new NotificationRejected("notification is for another merchant");
        }
        String id = WechatPayJson.text(notification, "id");
        String nonce = headers.get("wechatpay-nonce");
        try {
            if ("TRANSACTION.SUCCESS".equals(eventType)) {
                GatewayTrade trade = WechatPayJson.trade(resource);
                return new PaymentEvent(id, EventKind.TRANSACTION, timestamp, nonce, trade.outTradeNo(),
                        trade.state(), trade.transactionId(), trade.amountFen(), trade.successTime(), null, null,
                        plaintext);
            }
            if (eventType != null && eventType.startsWith("REFUND.")) {
                GatewayRefund refund = WechatPayJson.refund(resource);
                JsonNode amount = resource.path("amount");
                Long refundFen = amount.hasNonNull("refund") ? amount.get("refund").asLong() : null;
                return new PaymentEvent(id, EventKind.REFUND, timestamp, nonce,
                        WechatPayJson.text(resource, "out_trade_no"), null,
                        WechatPayJson.text(resource, "transaction_id"), refundFen, refund.successTime(),
                        refund.outRefundNo(), refund.state(), plaintext);
            }
        } catch (RuntimeException e) {
            throw new NotificationRejected("notification resource unreadable: " + e.getMessage(), e);
        }
        throw new NotificationRejected("unsupported event_type " + eventType);
    }

    private long verify(Map<String, String> headers, String body) {
        String signType = headers.get("wechatpay-signature-type");
        if (signType != null && !SIGN_TYPE.equals(signType)) {
            throw new NotificationRejected("unsupported Wechatpay-Signature-Type");
        }
        WechatPayVerifier.SignedHeaders signed = new WechatPayVerifier.SignedHeaders(headers.get("wechatpay-serial"),
                headers.get("wechatpay-timestamp"), headers.get("wechatpay-nonce"),
                headers.get("wechatpay-signature"));
        try {
            return verifier.verify(signed, body);
        } catch (WechatPayVerifier.Rejected e) {
            throw new NotificationRejected("notification signature rejected: " + e.getMessage());
        }
    }

    private String decrypt(JsonNode resource) {
        if (!ALGORITHM.equals(WechatPayJson.text(resource, "algorithm"))) {
            throw new NotificationRejected("resource algorithm is not " + ALGORITHM);
        }
        String ciphertext = WechatPayJson.text(resource, "ciphertext");
        String nonce = WechatPayJson.text(resource, "nonce");
        if (ciphertext == null || nonce == null) {
            throw new NotificationRejected("resource has no ciphertext or nonce");
        }
        String associatedData = WechatPayJson.text(resource, "associated_data");
        try {
            return WechatPayCrypto.decrypt(apiV3Key, associatedData == null ? "" : associatedData, nonce, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new NotificationRejected("resource cannot be decrypted with the APIv3 key", e);
        }
    }

    private JsonNode read(String text, String failure) {
        try {
            JsonNode node = json.readTree(text == null ? "" : text);
            if (node == null || !node.isObject()) {
                throw new NotificationRejected(failure);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new NotificationRejected(failure, e);
        }
    }
}
