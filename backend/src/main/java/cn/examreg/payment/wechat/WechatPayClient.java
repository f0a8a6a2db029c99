package cn.examreg.payment.wechat;

import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.CloseResult;
import cn.examreg.payment.channel.PaymentGateway.GatewayOrder;
import cn.examreg.payment.channel.PaymentGateway.GatewayRefund;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.GatewayUnavailable;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import cn.examreg.payment.channel.PaymentGateway.Prepay;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A small client of WeChat Pay API v3 for Native payments, on the JDK's {@link HttpClient}, with a configurable host
 * (the official SDK's is fixed). Each request carries {@code Authorization: WECHATPAY2-SHA256-RSA2048 …}, the merchant
 * key's signature of {@code METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n}; each answer is verified with the platform
 * public key ({@link WechatPayVerifier}) before it is believed. A 2xx answer must be signed; an error answer is
 * checked when it carries a signature, and only a verified one may turn into a result (ORDER_NOT_EXIST →
 * {@link TradeState#NOT_FOUND}, ORDERPAID → {@link CloseResult#ALREADY_PAID}). Network failures, 5xx, other errors
 * and unverifiable answers are {@link GatewayUnavailable} ({@link WechatPayError} when WeChat answered).
 */
public class WechatPayClient {
    static final String AUTH_SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    private static final Logger LOG = Logger.getLogger(WechatPayClient.class);
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");
    private static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");
    private static final String MEDIA_JSON = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_AGENT = "examreg-wechatpay/1.0 (Java " + Runtime.version().feature() + ")";

    private final String baseUrl;
    private final String mchid;
    private final String appid;
    private final String merchantSerialNo;
    private final PrivateKey merchantKey;
    private final String platformSerialNo;
    private final Duration readTimeout;
    private final Clock clock;
    private final HttpClient http;
    private final WechatPayVerifier verifier;
    private final WechatPayNotifications notifications;

    /**
     * @param baseUrl          API host, e.g. https://api.mch.weixin.qq.com
     * @param merchantSerialNo serial number of the merchant API certificate of {@code merchantKey}
     * @param platformKey      WeChat Pay's platform public key
     * @param platformSerialNo its id, the only {@code Wechatpay-Serial} accepted
     * @param apiV3Key         the 32-character APIv3 key
     */
    public WechatPayClient(String baseUrl, String mchid, String appid, String merchantSerialNo, PrivateKey merchantKey,
                           PublicKey platformKey, String platformSerialNo, String apiV3Key, Duration connectTimeout,
                           Duration readTimeout) {
        this(baseUrl, mchid, appid, merchantSerialNo, merchantKey, platformKey, platformSerialNo, apiV3Key,
                connectTimeout, readTimeout, Clock.systemUTC());
    }

    WechatPayClient(String baseUrl, String mchid, String appid, String merchantSerialNo, PrivateKey merchantKey,
                    PublicKey platformKey, String platformSerialNo, String apiV3Key, Duration connectTimeout,
                    Duration readTimeout, Clock clock) {
        if (apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalArgumentException("the APIv3 key must be 32 characters");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.mchid = mchid;
        this.appid = appid;
        this.merchantSerialNo = merchantSerialNo;
        this.merchantKey = merchantKey;
        this.platformSerialNo = platformSerialNo;
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.verifier = new WechatPayVerifier(platformKey, platformSerialNo, clock);
        this.notifications = new WechatPayNotifications(verifier, apiV3Key, mchid, JSON);
    }

    /** Native order (Native下单): the code_url to show as a QR code. WeChat answers one order number idempotently. */
    public Prepay createNative(GatewayOrder order) {
        ObjectNode body = JSON.createObjectNode()
                .put("appid", appid)
                .put("mchid", mchid)
                .put("description", order.description())
                .put("out_trade_no", outTradeNo(order.outTradeNo()))
                .put("time_expire", WechatPayJson.format(order.expiresAt()))
                .put("notify_url", order.notifyUrl());
        body.putObject("amount").put("total", order.amountFen()).put("currency", "CNY");
        Answer answer = call("POST", "/v3/pay/transactions/native", body);
        if (!answer.ok()) {
            throw answer.error();
        }
        return read(answer, node -> new Prepay(required(node, "code_url")));
    }

    /** Order query by merchant order number (商户订单号查询订单); {@link TradeState#NOT_FOUND} when WeChat has none. */
    public GatewayTrade query(String outTradeNo) {
        Answer answer = call("GET", "/v3/pay/transactions/out-trade-no/" + segment(outTradeNo) + "?mchid="
                + URLEncoder.encode(mchid, StandardCharsets.UTF_8), null);
        if (answer.is(404, "ORDER_NOT_EXIST")) {
            return new GatewayTrade(outTradeNo, TradeState.NOT_FOUND, null, null, null);
        }
        if (!answer.ok()) {
            throw answer.error();
        }
        return read(answer, WechatPayJson::trade);
    }

    /** Closes an unpaid order (关闭订单): 204 → CLOSED; ORDERPAID → ALREADY_PAID (query it for the payment). */
    public CloseResult close(String outTradeNo) {
        ObjectNode body = JSON.createObjectNode().put("mchid", mchid);
        Answer answer = call("POST", "/v3/pay/transactions/out-trade-no/" + segment(outTradeNo) + "/close", body);
        if (answer.is(400, "ORDERPAID")) {
            return CloseResult.ALREADY_PAID;
        }
        if (!answer.ok()) {
            throw answer.error();
        }
        return CloseResult.CLOSED;
    }

    /** Refund request (退款申请), by transaction id when known, otherwise by order number. Idempotent per out_refund_no. */
    public GatewayRefund refund(RefundRequest request) {
        if (!OUT_REFUND_NO.matcher(request.outRefundNo()).matches()) {
            throw new IllegalArgumentException("out_refund_no must be 1-64 characters of [0-9A-Za-z_-|*@]");
        }
        ObjectNode body = JSON.createObjectNode();
        if (request.transactionId() != null) {
            body.put("transaction_id", request.transactionId());
        } else {
            body.put("out_trade_no", outTradeNo(request.outTradeNo()));
        }
        body.put("out_refund_no", request.outRefundNo());
        if (request.reason() != null) {
            body.put("reason", request.reason());
        }
        if (request.notifyUrl() != null) {
            body.put("notify_url", request.notifyUrl());
        }
        body.putObject("amount").put("refund", request.refundFen()).put("total", request.totalFen())
                .put("currency", "CNY");
        Answer answer = call("POST", "/v3/refund/domestic/refunds", body);
        if (!answer.ok()) {
            throw answer.error();
        }
        return read(answer, WechatPayJson::refund);
    }

    /**
     * The trade bill of one day (申请交易账单 + 下载账单): asks for its download_url and SHA-1, downloads it (a signed
     * GET whose answer is the CSV, not a signed JSON), refuses it unless the hash matches, and reads its lines.
     */
    public List<BillLine> tradeBill(LocalDate billDate) {
        Answer answer = call("GET", "/v3/bill/tradebill?bill_date=" + billDate + "&bill_type=ALL", null);
        if (!answer.ok()) {
            throw answer.error();
        }
        String[] link = read(answer, node -> new String[] {required(node, "download_url"),
                required(node, "hash_type"), required(node, "hash_value")});
        if (!"SHA1".equalsIgnoreCase(link[1])) {
            throw new GatewayUnavailable("trade bill hash_type " + link[1] + " is not SHA1", null);
        }
        byte[] file = download(URI.create(link[0]));
        if (!WechatPayCrypto.sha1Hex(file).equalsIgnoreCase(link[2])) {
            LOG.warnf("WeChat Pay trade bill of %s refused: SHA-1 does not match hash_value", billDate);
            throw new GatewayUnavailable("trade bill of " + billDate + " does not match its hash_value", null);
        }
        try {
            return WechatTradeBill.parse(new String(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new GatewayUnavailable("trade bill of " + billDate + " unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * A verified, decrypted notification.
     *
     * @param headers HTTP headers, names in lower case
     * @throws cn.examreg.payment.channel.PaymentGateway.NotificationRejected when it fails a check
     */
    public PaymentEvent parseNotification(Map<String, String> headers, String body) {
        return notifications.parse(headers, body);
    }

    /** The Authorization header of a request; {@code body} is "" for a GET. */
    String authorization(String method, URI uri, String body) {
        String canonicalUrl = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = WechatPayCrypto.nonce();
        String message = method + "\n" + canonicalUrl + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        String signature = WechatPayCrypto.sign(merchantKey, message);
        return AUTH_SCHEMA + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + merchantSerialNo + "\"";
    }

    // ---- HTTP ----

    /** An answer of WeChat Pay: {@code verified} when its signature was checked (always for 2xx). */
    private record Answer(int status, String body, boolean verified) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A verified error answer with this status and code. */
        boolean is(int expectedStatus, String expectedCode) {
            return verified && status == expectedStatus && expectedCode.equals(errorCode(body));
        }

        WechatPayError error() {
            return new WechatPayError(status, errorCode(body), null);
        }
    }

    private Answer call(String method, String pathAndQuery, JsonNode body) {
        String payload = body == null ? "" : write(body);
        HttpResponse<byte[]> response = send(method, URI.create(baseUrl + pathAndQuery), payload, MEDIA_JSON);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (status >= 500) {
            LOG.warnf("WeChat Pay %s %s answered %d %s", method, operation(pathAndQuery), status, errorCode(text));
            throw new WechatPayError(status, errorCode(text), null);
        }
        WechatPayVerifier.SignedHeaders signed = signedHeaders(response.headers());
        boolean mustVerify = status < 300 || signed.present();
        if (mustVerify) {
            try {
                verifier.verify(signed, text);
            } catch (WechatPayVerifier.Rejected e) {
                LOG.warnf("WeChat Pay %s %s: answer refused, %s", method, operation(pathAndQuery), e.getMessage());
                throw new GatewayUnavailable("WeChat Pay answer refused: " + e.getMessage(), null);
            }
        }
        if (status >= 300) {
            LOG.infof("WeChat Pay %s %s answered %d %s", method, operation(pathAndQuery), status, errorCode(text));
        }
        return new Answer(status, text, mustVerify);
    }

    private byte[] download(URI url) {
        HttpResponse<byte[]> response = send("GET", url, "", "*/*");
        if (response.statusCode() != 200) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            throw new WechatPayError(response.statusCode(), errorCode(text), "trade bill download failed");
        }
        return response.body();
    }

    private HttpResponse<byte[]> send(String method, URI uri, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Authorization", authorization(method, uri, body))
                .header("Accept", accept)
                .header("User-Agent", USER_AGENT)
                .header("Wechatpay-Serial", platformSerialNo);
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", MEDIA_JSON)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warnf("WeChat Pay unreachable: %s", e.getClass().getSimpleName());
            throw new GatewayUnavailable("WeChat Pay unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("interrupted while calling WeChat Pay", e);
        }
    }

    private static WechatPayVerifier.SignedHeaders signedHeaders(HttpHeaders headers) {
        return new WechatPayVerifier.SignedHeaders(headers.firstValue("Wechatpay-Serial").orElse(null),
                headers.firstValue("Wechatpay-Timestamp").orElse(null),
                headers.firstValue("Wechatpay-Nonce").orElse(null),
                headers.firstValue("Wechatpay-Signature").orElse(null));
    }

    // ---- JSON and values ----

    private <T> T read(Answer answer, Function<JsonNode, T> mapping) {
        try {
            return mapping.apply(JSON.readTree(answer.body()));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new GatewayUnavailable("unreadable answer of WeChat Pay: " + e.getMessage(), e);
        }
    }

    private String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = WechatPayJson.text(node, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("answer has no " + field);
        }
        return value;
    }

    /** The error code of an error body ({"code":"…","message":"…"}), or null. */
    private static String errorCode(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? null : WechatPayJson.text(node, "code");
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String outTradeNo(String value) {
        if (value == null || !OUT_TRADE_NO.matcher(value).matches()) {
            throw new IllegalArgumentException("out_trade_no must be 6-32 characters of [0-9A-Za-z_-|*]");
        }
        return value;
    }

    /** The order number as a path segment ('|' is not allowed raw in a URI). */
    private static String segment(String outTradeNo) {
        return URLEncoder.encode(outTradeNo(outTradeNo), StandardCharsets.UTF_8);
    }

    /** The path without order numbers or query, for logs. */
    private static String operation(String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        return path.replaceAll("/out-trade-no/[^/]+", "/out-trade-no/{no}");
    }
}
