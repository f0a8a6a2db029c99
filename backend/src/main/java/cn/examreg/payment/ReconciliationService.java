package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.DuplicateCharge.DetectedBy;
import cn.examreg.payment.PaymentNotification.Outcome;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import cn.examreg.payment.channel.PaymentGateway;
import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Daily statement reconciliation: the gateway's bill of a day (China time) against our orders paid that day on that
 * channel. Every payment the gateway made that our order does not show is applied now (so it cannot stay lost) and
 * reported; every paid order the gateway does not know, every amount that differs, every unknown order and every
 * duplicate charge is reported for finance.
 */
@ApplicationScoped
public class ReconciliationService {
    private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

    @Inject
    PaymentGateways gateways;
    @Inject
    PaymentApplier applier;
    @Inject
    AuditLog audit;

    /** The scheduled run: skipped when the day was reconciled already (by this or another instance). */
    public void runScheduled(Channel channel, LocalDate day) {
        boolean exists = QuarkusTransaction.requiringNew().call(() ->
                Reconciliation.count("channel = ?1 and billDate = ?2", channel, day) > 0);
        if (!exists) {
            try {
                run(channel, day);
            } catch (ApiException e) {
                LOG.infof("reconciliation of %s %s not run: %s", channel, day, e.code());
            }
        }
    }

    /** Runs (or re-runs) the reconciliation of one channel and day; returns its id. */
    public String run(Channel channel, LocalDate day) {
        if (!day.isBefore(ChinaTime.today().plusDays(1))) {
            throw ApiException.invalid("billDate", "BILL_DATE_NOT_PAST");
        }
        PaymentGateway gateway = gateways.find(channel).filter(g -> g.channel() == channel)
                .orElseThrow(() -> new ApiException(409, "CHANNEL_NOT_AVAILABLE", channel.name()));
        String id = claim(channel, day);
        List<BillLine> lines;
        try {
            lines = gateway.statement(day);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                Reconciliation r = Reconciliation.findById(id);
                r.status = Reconciliation.Status.FAILED;
                r.error = "statement not available: " + e.getMessage();
                r.finishedAt = Instant.now();
            });
            LOG.warnf("statement of %s for %s not available: %s", channel, day, e.toString());
            return id;
        }
        QuarkusTransaction.requiringNew().run(() -> compare(id, channel, day, lines));
        return id;
    }

    /** Creates the day's row, or resets it for a re-run; a run in progress elsewhere → 409. */
    private String claim(Channel channel, LocalDate day) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Reconciliation r = Reconciliation.find("channel = ?1 and billDate = ?2", channel, day).firstResult();
                if (r == null) {
                    r = new Reconciliation();
                    r.channel = channel;
                    r.billDate = day;
                } else if (r.status == Reconciliation.Status.RUNNING
                        && r.updatedAt.isAfter(Instant.now().minusSeconds(600))) {
                    throw new ApiException(409, "RECONCILIATION_RUNNING");
                } else {
                    Discrepancy.delete("reconciliationId", r.id);
                }
                r.status = Reconciliation.Status.RUNNING;
                r.error = null;
                r.finishedAt = null;
                r.persist();
                Reconciliation.flush();
                return r.id;
            });
        } catch (RuntimeException e) {
            if (IdempotencyKeys.isDuplicate(e)) {
                throw new ApiException(409, "RECONCILIATION_RUNNING");
            }
            throw e;
        }
    }

    private void compare(String id, Channel channel, LocalDate day, List<BillLine> lines) {
        Reconciliation r = Reconciliation.findById(id);
        Instant from = day.atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        List<Channel> channels = channel == Channel.SANDBOX ? List.of(Channel.SANDBOX, Channel.PAY_BY_NUMBER)
                : List.of(channel);
        List<PaymentOrder> local = PaymentOrder.list("channel in ?1 and paidAt >= ?2 and paidAt < ?3", channels, from, to);
        Map<String, PaymentOrder> byTransaction = new HashMap<>();
        for (PaymentOrder o : local) {
            byTransaction.put(o.transactionId, o);
        }
        Set<String> matched = new HashSet<>();
        int gatewayCount = 0;
        long gatewayTotal = 0;
        int found = 0;
        for (BillLine line : lines) {
            if (line.state() != TradeState.SUCCESS) {
                continue;
            }
            gatewayCount++;
            gatewayTotal += line.amountFen();
            PaymentOrder o = byTransaction.get(line.transactionId());
            if (o != null) {
                matched.add(o.orderNo);
                if (o.paidFen != null && o.paidFen != line.amountFen()) {
                    found += add(id, Discrepancy.Kind.AMOUNT_MISMATCH, line, o, "reported to finance");
                }
                continue;
            }
            if (DuplicateCharge.count("channel in ?1 and transactionId = ?2", channels, line.transactionId()) > 0) {
                found += add(id, Discrepancy.Kind.DUPLICATE_CHARGE, line, PaymentOrder.byOrderNo(line.outTradeNo())
                        .orElse(null), "duplicate charge recorded, to be refunded");
                continue;
            }
            PaymentOrder order = PaymentOrder.byOrderNo(line.outTradeNo()).orElse(null);
            if (order == null) {
                found += add(id, Discrepancy.Kind.UNKNOWN_ORDER, line, null, "reported to finance");
                continue;
            }
            String before = order.status.name();
            Outcome outcome = applier.applyPaid(order.orderNo, line.transactionId(), line.amountFen(), line.tradeTime(),
                    DetectedBy.RECONCILIATION);
            Discrepancy.Kind kind = outcome == Outcome.AMOUNT_MISMATCH ? Discrepancy.Kind.AMOUNT_MISMATCH
                    : outcome == Outcome.DUPLICATE_CHARGE ? Discrepancy.Kind.DUPLICATE_CHARGE
                    : Discrepancy.Kind.PAID_AT_GATEWAY_UNPAID_HERE;
            Discrepancy d = discrepancy(id, kind, line, order, "applied: " + outcome);
            d.localStatus = before;
            d.persist();
            found++;
            matched.add(order.orderNo);
        }
        for (PaymentOrder o : local) {
            if (!matched.contains(o.orderNo) && o.status != Status.CREATED) {
                Discrepancy d = discrepancy(id, Discrepancy.Kind.PAID_HERE_UNKNOWN_AT_GATEWAY, null, o,
                        "reported to finance");
                d.persist();
                found++;
            }
        }
        r.gatewayCount = gatewayCount;
        r.gatewayTotalFen = gatewayTotal;
        r.localCount = local.size();
        r.localTotalFen = local.stream().mapToLong(o -> o.paidFen == null ? o.amountFen : o.paidFen).sum();
        r.discrepancyCount = found;
        r.status = found == 0 ? Reconciliation.Status.MATCHED : Reconciliation.Status.DISCREPANCIES;
        r.finishedAt = Instant.now();
        audit.recordAs(null, "SYSTEM", "RECONCILIATION_FINISHED", "reconciliation", r.id, null,
                Map.of("channel", channel.name(), "billDate", day.toString(), "status", r.status.name(),
                        "discrepancies", found), null);
        if (found > 0) {
            LOG.warnf("ALERT reconciliation %s %s: %d discrepancies", channel, day, found);
        }
    }

    private int add(String id, Discrepancy.Kind kind, BillLine line, PaymentOrder o, String resolution) {
        discrepancy(id, kind, line, o, resolution).persist();
        return 1;
    }

    private static Discrepancy discrepancy(String id, Discrepancy.Kind kind, BillLine line, PaymentOrder o,
                                           String resolution) {
        Discrepancy d = new Discrepancy();
        d.reconciliationId = id;
        d.kind = kind;
        d.orderNo = line != null ? line.outTradeNo() : o.orderNo;
        d.transactionId = line != null ? line.transactionId() : o.transactionId;
        d.gatewayFen = line == null ? null : line.amountFen();
        d.localFen = o == null ? null : o.paidFen != null ? o.paidFen : o.amountFen;
        d.localStatus = o == null ? null : o.status.name();
        d.resolution = resolution;
        return d;
    }
}
