package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * Money taken for a fee that was already paid, or for an order we had closed: it belongs to the candidate and is
 * refunded. Refunds observe {@link DuplicateChargeDetected} (fired in the detecting transaction) to do it.
 */
@Entity
@Table(name = "duplicate_charge")
public class DuplicateCharge extends BaseEntity {
    public enum Reason { FEE_ALREADY_PAID, ORDER_CLOSED }

    public enum DetectedBy { NOTIFICATION, QUERY, RECONCILIATION }

    public enum RefundStatus { PENDING, REFUNDING, REFUNDED }

    @Column(name = "order_no")
    public String orderNo;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "application_id")
    public String applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_item")
    public FeeItem.Item feeItem;
    @Column(name = "amount_fen")
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public FeeItem.Channel channel;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "detected_by")
    public DetectedBy detectedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_status")
    public RefundStatus refundStatus = RefundStatus.PENDING;

    /** The hook for automatic refunds: observe it with {@code during = TransactionPhase.AFTER_SUCCESS}. */
    public record DuplicateChargeDetected(String duplicateChargeId, String orderNo, String transactionId, long amountFen) {
    }
}
