package cn.examreg.payment;

import cn.examreg.common.audit.AuditLog;
import cn.examreg.payment.DuplicateCharge.DetectedBy;
import cn.examreg.payment.DuplicateCharge.DuplicateChargeDetected;
import cn.examreg.payment.PaymentNotification.Outcome;
import cn.examreg.payment.PaymentOrderStateMachine.Action;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies "the gateway took the money" to an order, whoever learnt it first (notification, active query,
 * reconciliation), exactly once: under the order's row lock, an open order becomes PAID with the gateway's
 * transaction number; the same transaction again changes nothing; another transaction for a paid fee, or any payment
 * of an order we had closed, is recorded as a duplicate charge to be refunded; an amount that differs from the order
 * changes nothing and raises an alert.
 */
@ApplicationScoped
public class PaymentApplier {
    private static final Logger LOG = Logger.getLogger(PaymentApplier.class);

    @Inject
    AuditLog audit;
    @Inject
    Event<DuplicateChargeDetected> duplicates;
    @Inject
    Event<PaymentSucceeded> succeeded;

    /** Fired in the transaction that marks an order paid (portal webhooks, receipts observe it). */
    public record PaymentSucceeded(String orderNo, String applicationId, String transactionId, long amountFen) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Outcome applyPaid(String orderNo, String transactionId, Long amountFen, Instant paidAt, DetectedBy source) {
        // Fast path without the row lock: the usual repeat of a notification already applied (a paid order never
        // changes its transaction number, so this read cannot be wrong)
        if (orderNo != null && transactionId != null && PaymentOrder.count("orderNo = ?1 and transactionId = ?2 and "
                + "amountFen = ?3", orderNo, transactionId, amountFen == null ? -1L : amountFen) > 0) {
            return Outcome.ALREADY_APPLIED;
        }
        PaymentOrder order = orderNo == null ? null : PaymentOrder.lockedByOrderNo(orderNo);
        if (order != null) {
            // the caller may have loaded the order earlier in this transaction: read the locked row afresh
            PaymentOrder.getEntityManager().refresh(order);
        }
        if (order == null) {
            LOG.errorf("ALERT payment for unknown order %s (transaction %s, %s)", orderNo, transactionId, source);
            return Outcome.UNKNOWN_ORDER;
        }
        if (amountFen == null || amountFen != order.amountFen) {
            LOG.errorf("ALERT amount mismatch on order %s: gateway %s fen, order %d fen (transaction %s, %s)",
                    orderNo, amountFen, order.amountFen, transactionId, source);
            return Outcome.AMOUNT_MISMATCH;
        }
        if (transactionId == null || transactionId.isBlank()) {
            LOG.errorf("ALERT payment without transaction number on order %s (%s)", orderNo, source);
            return Outcome.AMOUNT_MISMATCH;
        }
        if (PaymentOrderStateMachine.isOpen(order.status)) {
            Map<String, Object> before = snapshot(order);
            order.transition(Action.PAY);
            order.transactionId = transactionId;
            order.paidFen = amountFen;
            order.paidAt = paidAt == null ? Instant.now() : paidAt;
            audit.recordAs(null, "SYSTEM", "PAYMENT_SUCCEEDED", "payment_order", order.orderNo, before,
                    snapshot(order), source.name());
            succeeded.fire(new PaymentSucceeded(order.orderNo, order.applicationId, transactionId, amountFen));
            LOG.infof("order %s paid (transaction %s, learnt by %s)", orderNo, transactionId, source);
            return Outcome.APPLIED;
        }
        if (transactionId.equals(order.transactionId)) {
            return Outcome.ALREADY_APPLIED;
        }
        if (DuplicateCharge.count("channel = ?1 and transactionId = ?2", order.channel, transactionId) > 0) {
            return Outcome.ALREADY_APPLIED;
        }
        DuplicateCharge d = new DuplicateCharge();
        d.orderNo = order.orderNo;
        d.transactionId = transactionId;
        d.applicationId = order.applicationId;
        d.feeItem = order.feeItem;
        d.amountFen = amountFen;
        d.channel = order.channel;
        d.reason = order.status == Status.CLOSED || order.status == Status.EXPIRED
                ? DuplicateCharge.Reason.ORDER_CLOSED : DuplicateCharge.Reason.FEE_ALREADY_PAID;
        d.detectedBy = source;
        d.persist();
        audit.recordAs(null, "SYSTEM", "DUPLICATE_CHARGE_DETECTED", "payment_order", order.orderNo, null,
                Map.of("transactionId", transactionId, "amountFen", amountFen, "reason", d.reason.name()), source.name());
        LOG.warnf("duplicate charge on order %s (%s, transaction %s): to be refunded", orderNo, d.reason, transactionId);
        duplicates.fire(new DuplicateChargeDetected(d.id, order.orderNo, transactionId, amountFen));
        return Outcome.DUPLICATE_CHARGE;
    }

    static Map<String, Object> snapshot(PaymentOrder o) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", o.status.name());
        map.put("amountFen", o.amountFen);
        map.put("channel", o.channel.name());
        if (o.transactionId != null) {
            map.put("transactionId", o.transactionId);
        }
        return map;
    }
}
