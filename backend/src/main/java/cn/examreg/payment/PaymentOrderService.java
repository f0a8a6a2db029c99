package cn.examreg.payment;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationScope;
import cn.examreg.candidate.CandidateService;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.catalogue.FeeItem;
import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.DuplicateCharge.DetectedBy;
import cn.examreg.payment.FeeEligibility.Verdict;
import cn.examreg.payment.PaymentDtos.FeeStatus;
import cn.examreg.payment.PaymentDtos.PaymentOrderCreate;
import cn.examreg.payment.PaymentOrderStateMachine.Action;
import cn.examreg.payment.channel.PaymentGateway;
import cn.examreg.payment.channel.PaymentGateway.CloseResult;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import cn.examreg.payment.sandbox.LocalServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Payment orders: creation with an idempotency key and at most one payable order per application and fee (the
 * application's row lock serialises a candidate's clicks and tabs; the unique {@code live_key} backs it up across
 * instances), reads in scope, closing by the candidate, and settling an order with what its gateway says.
 */
@ApplicationScoped
public class PaymentOrderService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ChinaTime.ZONE);

    @Inject
    PaymentConfig config;
    @Inject
    PaymentGateways gateways;
    @Inject
    FeeEligibility eligibility;
    @Inject
    PaymentApplier applier;
    @Inject
    IdempotencyKeys keys;
    @Inject
    CatalogueService catalogue;
    @Inject
    CandidateService candidates;
    @Inject
    ApplicationScope scope;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    /** An order and whether this request created it. */
    public record Created(PaymentOrder order, boolean created) {
    }

    private java.util.concurrent.Semaphore creations;

    @jakarta.annotation.PostConstruct
    void init() {
        creations = new java.util.concurrent.Semaphore(Math.max(1, config.maxConcurrentCreations()), true);
    }

    /**
     * Creates (or returns) the order. At most {@code max-concurrent-creations} run at once: each holds a connection
     * and the sandbox gateway takes a second one, so a window opening for thousands must queue here rather than
     * exhaust the pool.
     */
    public Created create(PaymentOrderCreate r, String idempotencyKey) {
        String key = IdempotencyKeys.check(idempotencyKey);
        boolean admitted;
        try {
            admitted = creations.tryAcquire(config.creationWait().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ApiException(503, "PAYMENT_BUSY");
        }
        try {
            return createAdmitted(r, key);
        } finally {
            creations.release();
        }
    }

    private Created createAdmitted(PaymentOrderCreate r, String key) {
        String account = currentUser.accountId();
        String hash = IdempotencyKeys.hash(r.applicationId() + "|" + r.feeItem() + "|" + r.channel());
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> createOnce(account, key, hash, r));
            } catch (RuntimeException e) {
                if (!IdempotencyKeys.isDuplicate(e)) {
                    throw e;
                }
                // a random order or payment number met an existing one (rare): draw new ones
                if (attempt < 3 && isNumberCollision(e)) {
                    continue;
                }
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                String orderNo = keys.replay(account, key, hash);
                return new Created(PaymentOrder.byOrderNo(orderNo).orElseThrow(), false);
            });
        }
    }

    private static boolean isNumberCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("uk_payment_order_no") || m.contains("uk_payment_order_payment_no"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One attempt, in one transaction: claim the key (with the order number this request would create), lock the
     * application, return its open order if there is one, else check the fee is payable now, open the order at the
     * gateway and insert it (one row, already PAYING).
     */
    private Created createOnce(String account, String key, String hash, PaymentOrderCreate r) {
        Instant now = Instant.now();
        String orderNo = "EX" + DAY.format(now) + digits(14);
        keys.claim(account, key, hash, orderNo);
        Application a = Application.lockedById(r.applicationId());
        if (a == null || !a.candidateId.equals(candidates.currentCandidate().id)) {
            throw ApiException.notFound("application");
        }
        FeeItem fee = a.areaCode == null ? null : catalogue.fee(a.examCode, a.areaCode, r.feeItem()).orElse(null);
        if (fee == null) {
            throw new ApiException(409, "FEE_NOT_CONFIGURED", r.feeItem().name());
        }
        PaymentOrder holder = PaymentOrder.byLiveKey(PaymentOrder.liveKey(a.id, fee.item)).orElse(null);
        if (holder != null && PaymentOrderStateMachine.isOpen(holder.status) && holder.expiredAt(now)) {
            holder = settleExpired(holder, null) ? holder : null;
        }
        Verdict verdict = eligibility.evaluate(a, fee, holder, now);
        switch (verdict.status()) {
            case PAYING:
                keys.complete(account, key, holder.orderNo);
                return new Created(holder, false);
            case PAID:
                throw new ApiException(409, "FEE_ALREADY_PAID", holder.orderNo);
            case PAYABLE:
                break;
            default:
                throw new ApiException(409, verdict.code(), verdict.args());
        }
        Channel channel = channelFor(fee, r.channel());
        PaymentOrder order = new PaymentOrder();
        order.orderNo = orderNo;
        order.paymentNo = a.areaCode + digits(10);
        order.applicationId = a.id;
        order.applicationNumber = a.number;
        order.candidateId = a.candidateId;
        order.accountId = account;
        order.examCode = a.examCode;
        order.areaCode = a.areaCode;
        order.feeItem = fee.item;
        order.amountFen = fee.amountFen;
        order.channel = channel;
        order.liveKey = PaymentOrder.liveKey(a.id, fee.item);
        Instant ttl = now.plus(config.orderTtl());
        order.expiresAt = ttl.isBefore(fee.payCloses) ? ttl : fee.payCloses;
        PaymentGateway gateway = gateways.of(channel);
        try {
            order.codeUrl = gateway.create(new PaymentGateway.GatewayOrder(order.orderNo, description(a, fee),
                    order.amountFen, order.expiresAt, notifyUrl(gateway.channel()))).codeUrl();
        } catch (PaymentGateway.GatewayUnavailable e) {
            throw new ApiException(503, "GATEWAY_UNAVAILABLE", channel.name());
        }
        order.transition(Action.OPEN);
        order.nextQueryAt = now.plus(config.queryIntervals().get(0));
        order.persist();
        audit.record("PAYMENT_ORDER_CREATED", "payment_order", order.orderNo, null, PaymentApplier.snapshot(order),
                null);
        return new Created(order, true);
    }

    /** The channel asked for (or the default), if the fee offers it and the server has it; else 409. */
    private Channel channelFor(FeeItem fee, Channel asked) {
        if (asked != null) {
            if (!fee.offers(asked) || !gateways.enabled(asked)) {
                throw new ApiException(409, "CHANNEL_NOT_AVAILABLE", asked.name());
            }
            return asked;
        }
        if (fee.offers(config.defaultChannel()) && gateways.enabled(config.defaultChannel())) {
            return config.defaultChannel();
        }
        return fee.channelList().stream().filter(c -> c != Channel.PAY_BY_NUMBER && gateways.enabled(c)).findFirst()
                .orElseThrow(() -> new ApiException(409, "CHANNEL_NOT_AVAILABLE", fee.channels));
    }

    public List<Channel> channelsOffered(FeeItem fee) {
        return fee.channelList().stream().filter(gateways::enabled).toList();
    }

    private static String description(Application a, FeeItem fee) {
        return "医师资格考试" + (fee.item == FeeItem.Item.SKILLS ? "技能考试费" : "综合笔试费") + " " + a.examCode + " "
                + a.number;
    }

    public String notifyUrl(Channel channel) {
        return config.notifyBaseUrl().orElseGet(LocalServer::baseUrl) + "/api/v1/payment-notifications/" + channel.name();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }

    // ---- reads ----

    /**
     * The order if the caller may read it (the candidate who owns it, operators in scope), else 404. A candidate's
     * poll is one read: ownership is the token's account.
     */
    public PaymentOrder readable(String orderNo) {
        PaymentOrder o = PaymentOrder.byOrderNo(orderNo).orElseThrow(() -> ApiException.notFound("payment order"));
        boolean allowed = Roles.CANDIDATE.equals(currentUser.role())
                ? o.accountId.equals(currentUser.accountId())
                : scope.mayRead(Application.findById(o.applicationId));
        if (!allowed) {
            throw ApiException.notFound("payment order");
        }
        return o;
    }

    @Transactional
    public List<PaymentOrder> ofApplication(String applicationId) {
        Application a = scope.readable(applicationId);
        return PaymentOrder.ofApplication(a.id);
    }

    // ---- closing and settling ----

    /** The candidate gives up this order (e.g. to pay by another channel): closed at the gateway, then here. */
    public PaymentOrder close(String orderNo) {
        PaymentOrder o = QuarkusTransaction.requiringNew().call(() -> {
            PaymentOrder order = readable(orderNo);
            if (Roles.CANDIDATE.equals(currentUser.role()) || Roles.NATIONAL.equals(currentUser.role())
                    || Roles.FINANCE.equals(currentUser.role())) {
                return order;
            }
            throw ApiException.forbidden();
        });
        if (!PaymentOrderStateMachine.isOpen(o.status)) {
            throw new ApiException(409, "ILLEGAL_ORDER_TRANSITION", o.status.name(), Action.CLOSE.name());
        }
        PaymentGateway gateway = gateways.of(o.channel);
        CloseResult result = gateway.close(o.orderNo);
        if (result == CloseResult.ALREADY_PAID) {
            settle(o.orderNo, DetectedBy.QUERY);
        } else {
            QuarkusTransaction.requiringNew().run(() -> {
                PaymentOrder locked = PaymentOrder.lockedByOrderNo(orderNo);
                if (PaymentOrderStateMachine.isOpen(locked.status)) {
                    Map<String, Object> before = PaymentApplier.snapshot(locked);
                    locked.transition(Action.CLOSE);
                    audit.record("PAYMENT_ORDER_CLOSED", "payment_order", locked.orderNo, before,
                            PaymentApplier.snapshot(locked), null);
                }
            });
        }
        return QuarkusTransaction.requiringNew().call(() -> PaymentOrder.byOrderNo(orderNo).orElseThrow());
    }

    /**
     * An open order past its expiry, inside the caller's transaction: asks the gateway (unless {@code known} is its
     * fresh answer); paid → applied (true: it
     * still holds the fee); otherwise closed at the gateway and EXPIRED here (false).
     */
    boolean settleExpired(PaymentOrder order, GatewayTrade known) {
        PaymentGateway gateway = gateways.of(order.channel);
        GatewayTrade trade = known != null ? known : gateway.query(order.orderNo);
        if (trade.state() == TradeState.SUCCESS || trade.state() == TradeState.REFUND) {
            applier.applyPaid(order.orderNo, trade.transactionId(), trade.amountFen(), trade.successTime(),
                    DetectedBy.QUERY);
            return true;
        }
        if (gateway.close(order.orderNo) == CloseResult.ALREADY_PAID) {
            GatewayTrade paid = gateway.query(order.orderNo);
            applier.applyPaid(order.orderNo, paid.transactionId(), paid.amountFen(), paid.successTime(), DetectedBy.QUERY);
            return true;
        }
        PaymentOrder locked = PaymentOrder.lockedByOrderNo(order.orderNo);
        PaymentOrder.getEntityManager().refresh(locked);
        if (PaymentOrderStateMachine.isOpen(locked.status)) {
            locked.transition(Action.EXPIRE);
            audit.recordAs(null, "SYSTEM", "PAYMENT_ORDER_EXPIRED", "payment_order", locked.orderNo, null,
                    PaymentApplier.snapshot(locked), null);
        }
        return false;
    }

    /**
     * Asks the gateway about an open order and applies the answer (the query job and closing use it): paid → PAID;
     * past expiry → closed at the gateway and EXPIRED; closed at the gateway → CLOSED; otherwise asked again later.
     */
    public void settle(String orderNo, DetectedBy source) {
        PaymentOrder order = QuarkusTransaction.requiringNew().call(() -> PaymentOrder.byOrderNo(orderNo).orElse(null));
        if (order == null || !PaymentOrderStateMachine.isOpen(order.status)) {
            return;
        }
        PaymentGateway gateway = gateways.of(order.channel);
        GatewayTrade trade = gateway.query(orderNo);
        if (trade.state() == TradeState.SUCCESS || trade.state() == TradeState.REFUND) {
            QuarkusTransaction.requiringNew().run(() -> applier.applyPaid(orderNo, trade.transactionId(),
                    trade.amountFen(), trade.successTime(), source));
            return;
        }
        Instant now = Instant.now();
        if (order.expiredAt(now)) {
            QuarkusTransaction.requiringNew().run(() -> settleExpired(order, trade));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            PaymentOrder locked = PaymentOrder.lockedByOrderNo(orderNo);
            if (!PaymentOrderStateMachine.isOpen(locked.status)) {
                return;
            }
            if (trade.state() == TradeState.CLOSED || trade.state() == TradeState.REVOKED) {
                locked.transition(Action.CLOSE);
                audit.recordAs(null, "SYSTEM", "PAYMENT_ORDER_CLOSED", "payment_order", locked.orderNo, null,
                        PaymentApplier.snapshot(locked), "closed at the gateway");
                return;
            }
            List<java.time.Duration> intervals = config.queryIntervals();
            locked.nextQueryAt = now.plus(intervals.get(Math.min(locked.queryCount, intervals.size() - 1)));
        });
    }

    /** Fee statuses of an application the caller may read. */
    @Transactional
    public List<FeeLine> fees(String applicationId) {
        Application a = scope.readable(applicationId);
        if (a.areaCode == null) {
            return List.of();
        }
        Instant now = Instant.now();
        return catalogue.fees(a.examCode, a.areaCode).stream().map(fee -> {
            PaymentOrder holder = PaymentOrder.byLiveKey(PaymentOrder.liveKey(a.id, fee.item)).orElse(null);
            Verdict v = eligibility.evaluate(a, fee, holder, now);
            PaymentOrder shown = v.status() == FeeStatus.PAID || v.status() == FeeStatus.PAYING ? holder : null;
            return new FeeLine(fee, v, shown, a);
        }).toList();
    }

    public record FeeLine(FeeItem fee, Verdict verdict, PaymentOrder order, Application application) {
    }
}
