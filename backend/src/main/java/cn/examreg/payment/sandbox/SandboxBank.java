package cn.examreg.payment.sandbox;

import cn.examreg.common.error.ApiException;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.CloseResult;
import cn.examreg.payment.channel.PaymentGateway.GatewayOrder;
import cn.examreg.payment.channel.PaymentGateway.GatewayRefund;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.RefundState;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The simulated gateway itself: its own books (tables {@code sandbox_trade}, {@code sandbox_payment}), written in
 * transactions of its own as another company's system would, a payer who pays, pays twice or fails, and
 * asynchronous notifications signed with the gateway's RSA key (SHA256withRSA over {@code timestamp\nnonce\nbody\n},
 * as WeChat Pay signs), delivered with configurable delay, duplication, reordering and loss, and retried when not
 * acknowledged. Notifications still waiting when the process stops are lost, like a crash: the query job finds
 * those payments.
 */
@ApplicationScoped
public class SandboxBank {
    private static final Logger LOG = Logger.getLogger(SandboxBank.class);
    public static final String SERIAL = "SANDBOX-1";

    /** What the payer does on the sandbox page. */
    public enum PayMode { PAY, PAY_TWICE, FAIL }

    /** How the notifications of one action travel; null fields take the configured defaults. */
    public record Delivery(Long delayMs, Integer copies, Boolean lose, Boolean reorder) {
        public static final Delivery DEFAULT = new Delivery(null, null, null, null);
    }

    @Inject
    SandboxConfig config;
    @Inject
    ObjectMapper json;

    private final KeyPair keys = rsaKeys();
    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService sender = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "sandbox-notifier");
        t.setDaemon(true);
        return t;
    });
    /** Queries answered per order: lets tests prove two job instances never query one order twice in a round. */
    private final Map<String, AtomicInteger> queries = new ConcurrentHashMap<>();

    void stop(@Observes ShutdownEvent event) {
        sender.shutdownNow();
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public int queriesOf(String outTradeNo) {
        AtomicInteger n = queries.get(outTradeNo);
        return n == null ? 0 : n.get();
    }

    // ---- the gateway's API ----

    public String open(GatewayOrder order) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (SandboxTrade.findById(order.outTradeNo()) == null) {
                SandboxTrade t = new SandboxTrade();
                t.outTradeNo = order.outTradeNo();
                t.description = order.description();
                t.amountFen = order.amountFen();
                t.status = SandboxTrade.Status.NOTPAY;
                t.notifyUrl = order.notifyUrl();
                t.expiresAt = order.expiresAt();
                t.createdAt = Instant.now();
                t.updatedAt = t.createdAt;
                t.persist();
            }
        });
        return payPageUrl(order.outTradeNo());
    }

    public String payPageUrl(String outTradeNo) {
        return config.publicUrl().orElseGet(LocalServer::baseUrl) + "/sandbox/pay/" + outTradeNo;
    }

    public GatewayTrade query(String outTradeNo) {
        queries.computeIfAbsent(outTradeNo, k -> new AtomicInteger()).incrementAndGet();
        return QuarkusTransaction.requiringNew().call(() -> {
            SandboxTrade t = SandboxTrade.findById(outTradeNo);
            if (t == null) {
                return new GatewayTrade(outTradeNo, TradeState.NOT_FOUND, null, null, null);
            }
            if (t.status == SandboxTrade.Status.NOTPAY && !Instant.now().isBefore(t.expiresAt)) {
                return new GatewayTrade(outTradeNo, TradeState.NOTPAY, null, t.amountFen, null);
            }
            List<SandboxPayment> paid = SandboxPayment.payments(outTradeNo);
            if (paid.isEmpty()) {
                return new GatewayTrade(outTradeNo, TradeState.valueOf(t.status.name()), null, t.amountFen, null);
            }
            SandboxPayment first = paid.get(0);
            return new GatewayTrade(outTradeNo, TradeState.valueOf(t.status.name()), first.transactionId,
                    first.amountFen, first.paidAt);
        });
    }

    public CloseResult close(String outTradeNo) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SandboxTrade t = SandboxTrade.locked(outTradeNo);
            if (t == null) {
                return CloseResult.CLOSED;
            }
            if (t.status == SandboxTrade.Status.SUCCESS || t.status == SandboxTrade.Status.REFUND) {
                return CloseResult.ALREADY_PAID;
            }
            t.status = SandboxTrade.Status.CLOSED;
            t.updatedAt = Instant.now();
            return CloseResult.CLOSED;
        });
    }

    public GatewayRefund refund(RefundRequest r) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SandboxPayment existing = SandboxPayment.find("outRefundNo", r.outRefundNo()).firstResult();
            if (existing != null) {
                return new GatewayRefund(r.outRefundNo(), existing.transactionId, RefundState.SUCCESS, existing.paidAt);
            }
            SandboxTrade t = SandboxTrade.locked(r.outTradeNo());
            if (t == null || SandboxPayment.payments(r.outTradeNo()).isEmpty()) {
                return new GatewayRefund(r.outRefundNo(), null, RefundState.ABNORMAL, null);
            }
            SandboxPayment refund = new SandboxPayment();
            refund.transactionId = "SBR" + digits(20);
            refund.outTradeNo = r.outTradeNo();
            refund.amountFen = r.refundFen();
            refund.kind = "REFUND";
            refund.outRefundNo = r.outRefundNo();
            refund.paidAt = Instant.now();
            refund.persist();
            t.status = SandboxTrade.Status.REFUND;
            t.updatedAt = refund.paidAt;
            return new GatewayRefund(r.outRefundNo(), refund.transactionId, RefundState.SUCCESS, refund.paidAt);
        });
    }

    /** The day's movements, China time, as the gateway's trade bill lists them. */
    public List<BillLine> statement(LocalDate day) {
        Instant from = day.atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        return QuarkusTransaction.requiringNew().call(() -> SandboxPayment.<SandboxPayment>list(
                        "paidAt >= ?1 and paidAt < ?2 order by paidAt", from, to).stream()
                .map(p -> "PAY".equals(p.kind)
                        ? new BillLine(p.paidAt, p.outTradeNo, p.transactionId, TradeState.SUCCESS, p.amountFen, null, null)
                        : new BillLine(p.paidAt, p.outTradeNo, p.transactionId, TradeState.REFUND, 0, p.outRefundNo,
                                p.amountFen))
                .toList());
    }

    // ---- the payer ----

    /** A view of a trade for the sandbox page. */
    public record TradeView(String outTradeNo, String description, long amountFen, String status, Instant expiresAt,
                            List<String> transactionIds) {
    }

    public TradeView view(String outTradeNo) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SandboxTrade t = SandboxTrade.findById(outTradeNo);
            if (t == null) {
                throw ApiException.notFound("sandbox trade");
            }
            return new TradeView(t.outTradeNo, t.description, t.amountFen, t.status.name(), t.expiresAt,
                    SandboxPayment.payments(outTradeNo).stream().map(p -> p.transactionId).toList());
        });
    }

    /**
     * The payer pays (once, or twice: the duplicate charge the seeds warn about), or the payment fails. An expired or
     * closed trade refuses payment, as a real gateway does; paying a paid trade again is allowed here on purpose,
     * to produce a duplicate charge.
     */
    public TradeView pay(String outTradeNo, PayMode mode, Delivery delivery) {
        record Paid(String notifyUrl, List<ObjectNode> events) {
        }
        Paid paid = QuarkusTransaction.requiringNew().call(() -> {
            SandboxTrade t = SandboxTrade.locked(outTradeNo);
            if (t == null) {
                throw ApiException.notFound("sandbox trade");
            }
            if (t.status == SandboxTrade.Status.CLOSED || !Instant.now().isBefore(t.expiresAt)) {
                throw new ApiException(409, "SANDBOX_TRADE_CLOSED", outTradeNo);
            }
            List<ObjectNode> out = new ArrayList<>();
            if (mode == PayMode.FAIL) {
                if (t.status == SandboxTrade.Status.NOTPAY) {
                    t.status = SandboxTrade.Status.PAYERROR;
                }
                return new Paid(t.notifyUrl, out);
            }
            int times = mode == PayMode.PAY_TWICE ? 2 : 1;
            for (int i = 0; i < times; i++) {
                SandboxPayment p = new SandboxPayment();
                p.transactionId = "SB" + digits(24);
                p.outTradeNo = outTradeNo;
                p.amountFen = t.amountFen;
                p.kind = "PAY";
                p.paidAt = Instant.now();
                p.persist();
                out.add(transactionEvent(t, p));
            }
            t.status = SandboxTrade.Status.SUCCESS;
            t.updatedAt = Instant.now();
            return new Paid(t.notifyUrl, out);
        });
        schedule(paid.notifyUrl(), paid.events(), delivery == null ? Delivery.DEFAULT : delivery);
        return view(outTradeNo);
    }

    private ObjectNode transactionEvent(SandboxTrade t, SandboxPayment p) {
        ObjectNode event = json.createObjectNode();
        event.put("id", UUID.randomUUID().toString());
        event.put("create_time", OffsetDateTime.now(ChinaTime.ZONE).toString());
        event.put("event_type", "TRANSACTION.SUCCESS");
        ObjectNode resource = event.putObject("resource");
        resource.put("out_trade_no", t.outTradeNo);
        resource.put("transaction_id", p.transactionId);
        resource.put("trade_state", "SUCCESS");
        resource.put("success_time", p.paidAt.atZone(ChinaTime.ZONE).toOffsetDateTime().toString());
        resource.putObject("amount").put("total", p.amountFen).put("currency", "CNY");
        return event;
    }

    // ---- notifications ----

    private void schedule(String url, List<ObjectNode> events, Delivery d) {
        long delay = d.delayMs() != null ? d.delayMs() : config.notifyDelay().toMillis();
        int copies = d.copies() != null ? d.copies() : config.copies();
        boolean lose = d.lose() != null ? d.lose() : ThreadLocalRandom.current().nextDouble() < config.lossRate();
        boolean reorder = d.reorder() != null ? d.reorder() : config.reorder();
        if (lose) {
            LOG.infof("sandbox: notifications of %d payment(s) lost on purpose", events.size());
            return;
        }
        List<ObjectNode> deliveries = new ArrayList<>();
        for (ObjectNode e : events) {
            for (int i = 0; i < Math.max(1, copies); i++) {
                deliveries.add(e);
            }
        }
        if (reorder) {
            Collections.shuffle(deliveries);
        }
        long at = delay;
        for (ObjectNode e : deliveries) {
            long when = reorder ? ThreadLocalRandom.current().nextLong(delay + 1) : at;
            String body = e.toString();
            sender.schedule(() -> deliver(url, body, 0), when, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver(String url, String body, int attempt) {
        boolean acknowledged = false;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .headers(sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            acknowledged = response.statusCode() / 100 == 2;
            if (!acknowledged) {
                LOG.warnf("sandbox: notification answered %d: %s", response.statusCode(), response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.warnf("sandbox: notification not delivered (%s)", e.toString());
        }
        List<Duration> retries = config.retryIntervals();
        if (!acknowledged && attempt < retries.size() && !sender.isShutdown()) {
            sender.schedule(() -> deliver(url, body, attempt + 1), retries.get(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Signature headers for one delivery: a fresh timestamp and nonce each time, as a gateway retrying does. */
    public String[] sign(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        return new String[] {
            "Sandbox-Timestamp", timestamp,
            "Sandbox-Nonce", nonce,
            "Sandbox-Serial", SERIAL,
            "Sandbox-Signature", signature(timestamp + "\n" + nonce + "\n" + body + "\n")};
    }

    private String signature(String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
