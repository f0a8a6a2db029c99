package cn.examreg.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A local WeChat Pay API v3 for tests, on the JDK's HTTP server: Native orders, order query, close, refunds and the
 * trade bill, with WeChat's rules for signatures. Every request must carry a valid merchant signature (else 401
 * SIGN_ERROR); every answer is signed with the platform key; notifications are signed and encrypted with the APIv3
 * key. Signing, verifying and encrypting use the official SDK's own classes ({@link RSASigner}, {@link RSAVerifier},
 * {@link AeadAesCipher}), so the stub does it the way WeChat's SDK expects.
 *
 * <p>Tests drive it: {@link #pay} an order, {@link #tamperNextAnswer} to forge or break an answer,
 * {@link #paymentNotification} for a signed notification, {@link #config} for the application's properties.
 */
public final class WechatPayStub implements AutoCloseable {
    public static final String MCHID = "1900009191";
    public static final String APPID = "wxd678efh567hg6787";
    private static final String SIGN_TYPE = "WECHATPAY2-SHA256-RSA2048";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter BILL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern AUTHORIZATION = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ways to spoil the next answer. */
    public enum Tamper {
        /** Signed with a key that is not the platform key. */
        FORGED_SIGNATURE,
        /** Validly signed, but naming another platform key serial. */
        WRONG_SERIAL,
        /** Validly signed six minutes ago. */
        STALE_TIMESTAMP,
        /** No signature headers at all. */
        UNSIGNED,
        /** 500 SYSTEM_ERROR. */
        SERVER_ERROR
    }

    /** An order as the stub keeps it; {@code request} is the JSON the merchant sent. */
    public record StubOrder(String outTradeNo, long totalFen, String codeUrl, JsonNode request, String tradeState,
                            String transactionId, Instant successTime) {
        StubOrder withState(String state, String transaction, Instant time) {
            return new StubOrder(outTradeNo, totalFen, codeUrl, request, state, transaction, time);
        }
    }

    /** A refund as the stub keeps it. */
    public record StubRefund(String outRefundNo, String refundId, String outTradeNo, String transactionId,
                             long refundFen, long totalFen, String status, Instant createTime, Instant successTime,
                             JsonNode request) {
        StubRefund succeeded(Instant time) {
            return new StubRefund(outRefundNo, refundId, outTradeNo, transactionId, refundFen, totalFen, "SUCCESS",
                    createTime, time, request);
        }
    }

    /** A notification as WeChat would POST it: headers (names in lower case) and body. */
    public record SignedNotification(Map<String, String> headers, String body) {
        /** A copy with one header replaced. */
        public SignedNotification withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new SignedNotification(Map.copyOf(copy), body);
        }
    }

    private final WechatTestKeys keys;
    private final HttpServer server;
    private final RSASigner platformSigner;
    private final RSAVerifier merchantVerifier;
    private final Map<String, StubOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, StubRefund> refunds = new ConcurrentHashMap<>();
    private final Map<LocalDate, String> bills = new ConcurrentHashMap<>();
    private final Map<String, byte[]> downloads = new ConcurrentHashMap<>();
    private final AtomicReference<Tamper> nextTamper = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean wrongBillHash;

    private WechatPayStub(WechatTestKeys keys) throws IOException {
        this.keys = keys;
        this.platformSigner = new RSASigner(keys.platformSerialNo(), keys.platform().getPrivate());
        this.merchantVerifier = new RSAVerifier(keys.merchant().getPublic(), keys.merchantSerialNo());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a stub with the JVM's shared test keys on a free loopback port. */
    public static WechatPayStub start() {
        return start(WechatTestKeys.shared());
    }

    public static WechatPayStub start(WechatTestKeys keys) {
        try {
            return new WechatPayStub(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public WechatTestKeys keys() {
        return keys;
    }

    /** Our client, configured for this stub with its keys. */
    public WechatPayClient newClient() {
        return new WechatPayClient(baseUrl(), MCHID, APPID, keys.merchantSerialNo(), keys.merchant().getPrivate(),
                keys.platform().getPublic(), keys.platformSerialNo(), keys.apiV3Key(), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    /** A fresh merchant order number (out_trade_no). */
    public static String newOrderNumber() {
        return "T" + System.currentTimeMillis() + WechatTestKeys.randomAlphanumeric(8);
    }

    /**
     * The application properties that point the WeChat channel at this stub; writes the key files into
     * {@code keyDir}. Return them from a {@code QuarkusTestResourceLifecycleManager} or a test profile.
     */
    public Map<String, String> config(Path keyDir) {
        WechatTestKeys.PemFiles files = keys.writePem(keyDir);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("examreg.payment.wechat.enabled", "true");
        config.put("examreg.payment.wechat.base-url", baseUrl());
        config.put("examreg.payment.wechat.mchid", MCHID);
        config.put("examreg.payment.wechat.appid", APPID);
        config.put("examreg.payment.wechat.merchant-serial-no", keys.merchantSerialNo());
        config.put("examreg.payment.wechat.merchant-private-key-path", files.merchantPrivateKey().toString());
        config.put("examreg.payment.wechat.platform-public-key-path", files.platformPublicKey().toString());
        config.put("examreg.payment.wechat.platform-serial-no", keys.platformSerialNo());
        config.put("examreg.payment.wechat.api-v3-key", keys.apiV3Key());
        return config;
    }

    // ---- state, for tests ----

    public StubOrder order(String outTradeNo) {
        return orders.get(outTradeNo);
    }

    public StubRefund refund(String outRefundNo) {
        return refunds.get(outRefundNo);
    }

    /** The payer pays the order now: SUCCESS with a transaction id. */
    public StubOrder pay(String outTradeNo) {
        return orders.compute(outTradeNo, (no, order) -> {
            if (order == null) {
                throw new IllegalArgumentException("no order " + no);
            }
            return "SUCCESS".equals(order.tradeState()) ? order
                    : order.withState("SUCCESS", "4200002" + String.format("%021d", sequence.incrementAndGet()),
                    Instant.now());
        });
    }

    /** Puts the order in any trade_state (NOTPAY, USERPAYING, PAYERROR, REVOKED, CLOSED, REFUND, SUCCESS). */
    public void setTradeState(String outTradeNo, String tradeState) {
        if ("SUCCESS".equals(tradeState) || "REFUND".equals(tradeState)) {
            pay(outTradeNo);
        }
        orders.computeIfPresent(outTradeNo, (no, order) ->
                order.withState(tradeState, order.transactionId(), order.successTime()));
    }

    /** Spoils the next answer (only that one). */
    public void tamperNextAnswer(Tamper tamper) {
        nextTamper.set(tamper);
    }

    /** The next trade bill link names a hash that does not match the file. */
    public void reportWrongBillHash() {
        wrongBillHash = true;
    }

    /** Serves this CSV as the trade bill of {@code date} instead of one made from the orders. */
    public void putBill(LocalDate date, String csv) {
        bills.put(date, csv);
    }

    /** The Authorization header of the last request. */
    public String lastAuthorization() {
        return lastAuthorization.get();
    }

    // ---- notifications ----

    /** A correctly signed and encrypted TRANSACTION.SUCCESS notification for the order (paying it first if needed). */
    public SignedNotification paymentNotification(String outTradeNo) {
        pay(outTradeNo);
        return signed(notificationBody("TRANSACTION.SUCCESS", "支付成功", "transaction", transactionJson(outTradeNo),
                keys.apiV3Key()));
    }

    /** A correctly signed and encrypted REFUND.SUCCESS notification (completing the refund first). */
    public SignedNotification refundNotification(String outRefundNo) {
        StubRefund refund = refunds.computeIfPresent(outRefundNo,
                (no, r) -> "SUCCESS".equals(r.status()) ? r : r.succeeded(Instant.now()));
        if (refund == null) {
            throw new IllegalArgumentException("no refund " + outRefundNo);
        }
        return signed(notificationBody("REFUND.SUCCESS", "退款成功", "refund", refundNotificationJson(outRefundNo),
                keys.apiV3Key()));
    }

    /** A notification body: {@code plaintext} encrypted as its resource with {@code apiV3Key}. */
    public String notificationBody(String eventType, String summary, String originalType, String plaintext,
                                   String apiV3Key) {
        String nonce = WechatTestKeys.randomAlphanumeric(12);
        String ciphertext = new AeadAesCipher(apiV3Key.getBytes(StandardCharsets.UTF_8)).encrypt(
                originalType.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8),
                plaintext.getBytes(StandardCharsets.UTF_8));
        ObjectNode body = JSON.createObjectNode()
                .put("id", "EV-" + UUID.randomUUID())
                .put("create_time", rfc3339(Instant.now()))
                .put("resource_type", "encrypt-resource")
                .put("event_type", eventType)
                .put("summary", summary);
        body.putObject("resource")
                .put("original_type", originalType)
                .put("algorithm", "AEAD_AES_256_GCM")
                .put("ciphertext", ciphertext)
                .put("associated_data", originalType)
                .put("nonce", nonce);
        return write(body);
    }

    /** The notification headers WeChat would send with {@code body}, signed now with the platform key. */
    public SignedNotification signed(String body) {
        return signed(body, Instant.now(), keys.platformSerialNo(), keys.platform().getPrivate());
    }

    /** Headers for {@code body} signed at {@code at} by {@code key}, naming the key {@code serial}. */
    public SignedNotification signed(String body, Instant at, String serial, PrivateKey key) {
        Map<String, String> headers = new LinkedHashMap<>();
        signatureHeaders(body, at, serial, key).forEach((name, value) -> headers.put(name.toLowerCase(), value));
        headers.put("wechatpay-signature-type", SIGN_TYPE);
        headers.put("content-type", "application/json");
        return new SignedNotification(Map.copyOf(headers), body);
    }

    /** The decrypted resource of a transaction notification (and the query answer) for the order. */
    public String transactionJson(String outTradeNo) {
        return write(transaction(orders.get(outTradeNo)));
    }

    /** The decrypted resource of a refund notification. */
    public String refundNotificationJson(String outRefundNo) {
        StubRefund refund = refunds.get(outRefundNo);
        ObjectNode node = JSON.createObjectNode()
                .put("mchid", MCHID)
                .put("out_trade_no", refund.outTradeNo())
                .put("transaction_id", refund.transactionId())
                .put("out_refund_no", refund.outRefundNo())
                .put("refund_id", refund.refundId())
                .put("refund_status", refund.status())
                .put("user_received_account", "支付用户零钱");
        if (refund.successTime() != null) {
            node.put("success_time", rfc3339(refund.successTime()));
        }
        node.putObject("amount").put("total", refund.totalFen()).put("refund", refund.refundFen())
                .put("payer_total", refund.totalFen()).put("payer_refund", refund.refundFen());
        return write(node);
    }

    // ---- HTTP ----

    private record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, JsonNode body) {
            return new Answer(status, "application/json", write(body).getBytes(StandardCharsets.UTF_8));
        }

        static Answer error(int status, String code, String message) {
            return json(status, JSON.createObjectNode().put("code", code).put("message", message));
        }

        static Answer noContent() {
            return new Answer(204, null, new byte[0]);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastAuthorization.set(authorization);
            String refusal = checkSignature(exchange, authorization, body);
            if (refusal != null) {
                respond(exchange, Answer.error(401, "SIGN_ERROR", refusal), false);
                return;
            }
            Tamper tamper = nextTamper.getAndSet(null);
            if (tamper == Tamper.SERVER_ERROR) {
                respond(exchange, Answer.error(500, "SYSTEM_ERROR", "系统错误"), false);
                return;
            }
            Answer answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), body);
            boolean download = exchange.getRequestURI().getPath().startsWith("/v3/billdownload/");
            if (tamper == null || download) {
                respond(exchange, answer, !download);
            } else {
                respondTampered(exchange, answer, tamper);
            }
        } catch (IllegalArgumentException e) {
            respond(exchange, Answer.error(400, "PARAM_ERROR", e.getMessage()), true);
        } catch (RuntimeException e) {
            e.printStackTrace();
            respond(exchange, Answer.error(500, "SYSTEM_ERROR", "stub failure: " + e), false);
        }
    }

    /** Why the request's signature is refused, or null when it is WeChat-valid. */
    private String checkSignature(HttpExchange exchange, String authorization, String body) {
        if (authorization == null || !authorization.startsWith(SIGN_TYPE + " ")) {
            return "Authorization is not " + SIGN_TYPE;
        }
        Map<String, String> token = new LinkedHashMap<>();
        Matcher matcher = AUTHORIZATION.matcher(authorization.substring(SIGN_TYPE.length() + 1));
        while (matcher.find()) {
            token.put(matcher.group(1), matcher.group(2));
        }
        if (!MCHID.equals(token.get("mchid"))) {
            return "mchid does not match";
        }
        if (!keys.merchantSerialNo().equals(token.get("serial_no"))) {
            return "serial_no is not the merchant certificate";
        }
        String timestamp = token.get("timestamp");
        if (timestamp == null || !timestamp.matches("\\d{10}")
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return "timestamp expired or missing";
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String url = exchange.getRequestURI().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        String message = exchange.getRequestMethod() + "\n" + url + "\n" + timestamp + "\n" + token.get("nonce_str")
                + "\n" + body + "\n";
        String signature = token.get("signature");
        if (signature == null || !merchantVerifier.verify(keys.merchantSerialNo(), message, signature)) {
            return "签名错误，请检查后再试";
        }
        return null;
    }

    private Answer route(String method, String path, String query, String body) {
        Map<String, String> parameters = parameters(query);
        if ("POST".equals(method) && path.equals("/v3/pay/transactions/native")) {
            return createNative(read(body));
        }
        if (path.startsWith("/v3/pay/transactions/out-trade-no/")) {
            String rest = path.substring("/v3/pay/transactions/out-trade-no/".length());
            if ("GET".equals(method) && !rest.contains("/")) {
                return query(rest, parameters.get("mchid"));
            }
            if ("POST".equals(method) && rest.endsWith("/close")) {
                return close(rest.substring(0, rest.length() - "/close".length()), read(body));
            }
        }
        if ("POST".equals(method) && path.equals("/v3/refund/domestic/refunds")) {
            return createRefund(read(body));
        }
        if ("GET".equals(method) && path.equals("/v3/bill/tradebill")) {
            return tradeBill(LocalDate.parse(parameters.get("bill_date")), parameters.get("bill_type"));
        }
        if ("GET".equals(method) && path.equals("/v3/billdownload/file")) {
            byte[] file = downloads.get(parameters.get("token"));
            return file == null ? Answer.error(404, "RESOURCE_NOT_EXISTS", "账单不存在")
                    : new Answer(200, "text/plain;charset=utf-8", file);
        }
        return Answer.error(404, "NOT_FOUND", "no such API in the stub");
    }

    private Answer createNative(JsonNode request) {
        if (!APPID.equals(request.path("appid").asText()) || !MCHID.equals(request.path("mchid").asText())) {
            return Answer.error(400, "PARAM_ERROR", "appid和mch_id不匹配");
        }
        String outTradeNo = request.path("out_trade_no").asText();
        long total = request.path("amount").path("total").asLong();
        for (String field : List.of("description", "out_trade_no", "notify_url", "time_expire")) {
            if (request.path(field).asText().isEmpty()) {
                return Answer.error(400, "PARAM_ERROR", "缺少参数 " + field);
            }
        }
        if (total <= 0 || !"CNY".equals(request.path("amount").path("currency").asText("CNY"))) {
            return Answer.error(400, "PARAM_ERROR", "amount 不合法");
        }
        StubOrder fresh = new StubOrder(outTradeNo, total,
                "weixin://wxpay/bizpayurl?pr=" + WechatTestKeys.randomAlphanumeric(7), request, "NOTPAY", null, null);
        StubOrder order = orders.putIfAbsent(outTradeNo, fresh);
        if (order == null) {
            return Answer.json(200, JSON.createObjectNode().put("code_url", fresh.codeUrl()));
        }
        if ("SUCCESS".equals(order.tradeState()) || "REFUND".equals(order.tradeState())) {
            return Answer.error(400, "ORDERPAID", "该订单已支付");
        }
        if (order.totalFen() != total || !order.request().path("description").equals(request.path("description"))) {
            return Answer.error(400, "INVALID_REQUEST", "201 商户订单号重复");
        }
        return Answer.json(200, JSON.createObjectNode().put("code_url", order.codeUrl()));
    }

    private Answer query(String outTradeNo, String mchid) {
        if (!MCHID.equals(mchid)) {
            return Answer.error(400, "PARAM_ERROR", "mchid 不合法");
        }
        StubOrder order = orders.get(outTradeNo);
        return order == null ? Answer.error(404, "ORDER_NOT_EXIST", "订单不存在")
                : Answer.json(200, transaction(order));
    }

    private Answer close(String outTradeNo, JsonNode request) {
        if (!MCHID.equals(request.path("mchid").asText())) {
            return Answer.error(400, "PARAM_ERROR", "mchid 不合法");
        }
        StubOrder order = orders.get(outTradeNo);
        if (order == null) {
            return Answer.error(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        if ("SUCCESS".equals(order.tradeState()) || "REFUND".equals(order.tradeState())) {
            return Answer.error(400, "ORDERPAID", "订单已支付");
        }
        orders.put(outTradeNo, order.withState("CLOSED", null, null));
        return Answer.noContent();
    }

    private Answer createRefund(JsonNode request) {
        String outRefundNo = request.path("out_refund_no").asText();
        StubRefund existing = refunds.get(outRefundNo);
        if (existing != null) {
            return Answer.json(200, refundAnswer(existing));
        }
        StubOrder order = request.hasNonNull("transaction_id")
                ? orders.values().stream().filter(o -> request.get("transaction_id").asText()
                .equals(o.transactionId())).findFirst().orElse(null)
                : orders.get(request.path("out_trade_no").asText());
        if (order == null || order.transactionId() == null) {
            return Answer.error(404, "RESOURCE_NOT_EXISTS", "订单不存在");
        }
        long refund = request.path("amount").path("refund").asLong();
        long total = request.path("amount").path("total").asLong();
        long refunded = refunds.values().stream().filter(r -> r.outTradeNo().equals(order.outTradeNo()))
                .mapToLong(StubRefund::refundFen).sum();
        if (total != order.totalFen() || refund <= 0) {
            return Answer.error(400, "PARAM_ERROR", "退款金额不合法");
        }
        if (refunded + refund > order.totalFen()) {
            return Answer.error(403, "NOT_ENOUGH", "订单可退金额不足");
        }
        StubRefund created = new StubRefund(outRefundNo, "50000000" + String.format("%024d", sequence.incrementAndGet()),
                order.outTradeNo(), order.transactionId(), refund, total, "PROCESSING", Instant.now(), null, request);
        refunds.put(outRefundNo, created);
        return Answer.json(200, refundAnswer(created));
    }

    private Answer tradeBill(LocalDate date, String billType) {
        if (!"ALL".equals(billType)) {
            return Answer.error(400, "PARAM_ERROR", "stub serves bill_type=ALL only");
        }
        String csv = bills.containsKey(date) ? bills.get(date) : tradeBillCsv(date);
        if (csv == null) {
            return Answer.error(400, "NO_STATEMENT_EXIST", "账单文件不存在");
        }
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        String token = WechatTestKeys.randomAlphanumeric(24);
        downloads.put(token, file);
        String hash = sha1(file);
        if (wrongBillHash) {
            wrongBillHash = false;
            hash = sha1((csv + "tampered").getBytes(StandardCharsets.UTF_8));
        }
        return Answer.json(200, JSON.createObjectNode().put("hash_type", "SHA1").put("hash_value", hash)
                .put("download_url", baseUrl() + "/v3/billdownload/file?token=" + token));
    }

    /**
     * The trade bill WeChat would make for the day from the stub's orders and refunds (same columns, back-quoted
     * values, yuan amounts, summary lines), or null when nothing happened that day.
     */
    public String tradeBillCsv(LocalDate date) {
        List<List<String>> rows = new ArrayList<>();
        long paidFen = 0;
        long refundedFen = 0;
        for (StubOrder order : orders.values()) {
            if (order.successTime() != null && order.successTime().atZone(CHINA).toLocalDate().equals(date)) {
                rows.add(billRow(order.successTime(), order, "SUCCESS", null));
                paidFen += order.totalFen();
            }
        }
        for (StubRefund refund : refunds.values()) {
            if (refund.createTime().atZone(CHINA).toLocalDate().equals(date)) {
                rows.add(billRow(refund.createTime(), orders.get(refund.outTradeNo()), "REFUND", refund));
                refundedFen += refund.refundFen();
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(List.of("交易时间", "公众账号ID", "商户号", "特约商户号", "设备号", "微信订单号", "商户订单号",
                    "用户标识", "交易类型", "交易状态", "付款银行", "货币种类", "应结订单金额", "代金券金额", "微信退款单号",
                    "商户退款单号", "退款金额", "充值券退款金额", "退款类型", "退款状态", "商品名称", "商户数据包", "手续费",
                    "费率", "订单金额", "申请退款金额", "费率备注"));
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
            csv.printRecord(List.of("总交易单数", "应结订单总金额", "退款总金额", "充值券退款总金额", "手续费总金额",
                    "订单总金额", "申请退款总金额"));
            csv.printRecord(List.of("`" + rows.size(), yuan(paidFen), yuan(refundedFen), "`0.00", "`0.00000",
                    yuan(paidFen), yuan(refundedFen)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> billRow(Instant time, StubOrder order, String state, StubRefund refund) {
        boolean isRefund = refund != null;
        return List.of("`" + time.atZone(CHINA).format(BILL_TIME), "`" + APPID, "`" + MCHID, "`0", "`",
                "`" + order.transactionId(), "`" + order.outTradeNo(), "`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "`NATIVE",
                "`" + state, "`OTHERS", "`CNY", yuan(isRefund ? 0 : order.totalFen()), "`0.00",
                "`" + (isRefund ? refund.refundId() : "0"), "`" + (isRefund ? refund.outRefundNo() : "0"),
                yuan(isRefund ? refund.refundFen() : 0), "`0.00", "`" + (isRefund ? "ORIGINAL" : ""),
                "`" + (isRefund ? refund.status() : ""), "`" + order.request().path("description").asText(), "`",
                "`0.00000", "`0.60%", yuan(order.totalFen()), yuan(isRefund ? refund.refundFen() : 0), "`");
    }

    private ObjectNode transaction(StubOrder order) {
        ObjectNode node = JSON.createObjectNode()
                .put("appid", APPID)
                .put("mchid", MCHID)
                .put("out_trade_no", order.outTradeNo())
                .put("trade_type", "NATIVE")
                .put("trade_state", order.tradeState())
                .put("trade_state_desc", order.tradeState())
                .put("attach", "");
        ObjectNode amount = node.putObject("amount").put("total", order.totalFen()).put("currency", "CNY")
                .put("payer_currency", "CNY");
        if (order.transactionId() != null) {
            node.put("transaction_id", order.transactionId()).put("bank_type", "OTHERS")
                    .put("success_time", rfc3339(order.successTime()));
            node.putObject("payer").put("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
            amount.put("payer_total", order.totalFen());
        }
        return node;
    }

    private ObjectNode refundAnswer(StubRefund refund) {
        ObjectNode node = JSON.createObjectNode()
                .put("refund_id", refund.refundId())
                .put("out_refund_no", refund.outRefundNo())
                .put("transaction_id", refund.transactionId())
                .put("out_trade_no", refund.outTradeNo())
                .put("channel", "ORIGINAL")
                .put("user_received_account", "支付用户零钱")
                .put("create_time", rfc3339(refund.createTime()))
                .put("status", refund.status())
                .put("funds_account", "AVAILABLE");
        if (refund.successTime() != null) {
            node.put("success_time", rfc3339(refund.successTime()));
        }
        node.putObject("amount").put("total", refund.totalFen()).put("refund", refund.refundFen())
                .put("payer_total", refund.totalFen()).put("payer_refund", refund.refundFen())
                .put("settlement_total", refund.totalFen()).put("settlement_refund", refund.refundFen())
                .put("discount_refund", 0).put("currency", "CNY");
        return node;
    }

    // ---- signing and writing answers ----

    private void respond(HttpExchange exchange, Answer answer, boolean sign) throws IOException {
        if (sign) {
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            signatureHeaders(body, Instant.now(), keys.platformSerialNo(), keys.platform().getPrivate())
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        send(exchange, answer);
    }

    private void respondTampered(HttpExchange exchange, Answer answer, Tamper tamper) throws IOException {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        Map<String, String> headers = switch (tamper) {
            case FORGED_SIGNATURE -> signatureHeaders(body, Instant.now(), keys.platformSerialNo(),
                    WechatTestKeys.stranger().getPrivate());
            case WRONG_SERIAL -> signatureHeaders(body, Instant.now(), "PUB_KEY_ID_0000000000000000000000000000",
                    keys.platform().getPrivate());
            case STALE_TIMESTAMP -> signatureHeaders(body, Instant.now().minus(Duration.ofMinutes(6)),
                    keys.platformSerialNo(), keys.platform().getPrivate());
            default -> Map.of();
        };
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        send(exchange, answer);
    }

    /** WeChat's answer/notification signature headers: the key's signature of TIMESTAMP\nNONCE\nBODY\n. */
    private Map<String, String> signatureHeaders(String body, Instant at, String serial, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = WechatTestKeys.randomAlphanumeric(32);
        String signature = new RSASigner(serial, key).sign(timestamp + "\n" + nonce + "\n" + body + "\n").getSign();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", serial);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", signature);
        headers.put("Request-ID", "08" + WechatTestKeys.randomAlphanumeric(30));
        return headers;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        if (answer.body().length == 0) {
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    // ---- helpers ----

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                parameters.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not JSON", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rfc3339(Instant instant) {
        return instant.atZone(CHINA).format(RFC3339);
    }

    private static String yuan(long fen) {
        return "`" + BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
