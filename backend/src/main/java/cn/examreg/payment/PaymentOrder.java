package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import cn.examreg.common.persistence.BaseEntity;
import cn.examreg.payment.PaymentOrderStateMachine.Action;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A payment order (缴费订单): one application's one fee item, through one channel, paid at most once. */
@Entity
@Table(name = "payment_order")
public class PaymentOrder extends BaseEntity {
    @Column(name = "order_no")
    public String orderNo;
    /** 缴费号: what the candidate types with their name into the province's payment account. */
    @Column(name = "payment_no")
    public String paymentNo;
    @Column(name = "application_id")
    public String applicationId;
    /** Copied from the application (immutable): views and polling need no second read. */
    @Column(name = "application_number")
    public String applicationNumber;
    @Column(name = "candidate_id")
    public String candidateId;
    /** The candidate's account: ownership is checked against the token without reading the candidate. */
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "exam_code")
    public String examCode;
    @Column(name = "area_code")
    public String areaCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_item")
    public FeeItem.Item feeItem;
    @Column(name = "amount_fen")
    public long amountFen;
    @Enumerated(EnumType.STRING)
    public FeeItem.Channel channel;
    @Enumerated(EnumType.STRING)
    public Status status = Status.CREATED;
    /** {@code applicationId:item} while the order holds the fee (open or paid); null once closed or expired. */
    @Column(name = "live_key")
    public String liveKey;
    @Column(name = "code_url")
    public String codeUrl;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "paid_at")
    public Instant paidAt;
    @Column(name = "paid_fen")
    public Long paidFen;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "next_query_at")
    public Instant nextQueryAt;
    @Column(name = "query_count")
    public int queryCount;
    @Column(name = "refunded_fen")
    public long refundedFen;

    public static String liveKey(String applicationId, FeeItem.Item item) {
        return applicationId + ":" + item.name();
    }

    public static Optional<PaymentOrder> byOrderNo(String orderNo) {
        return find("orderNo", orderNo).firstResultOptional();
    }

    public static Optional<PaymentOrder> byLiveKey(String liveKey) {
        return find("liveKey", liveKey).firstResultOptional();
    }

    public static List<PaymentOrder> ofApplication(String applicationId) {
        return list("applicationId = ?1 order by createdAt desc", applicationId);
    }

    /**
     * Loads the order with its row locked until the transaction ends, in one locking read (native: Hibernate's
     * MySQL form {@code FOR UPDATE OF alias} is not understood by MariaDB). A locking read returns the latest
     * committed row; a caller that had loaded the order earlier in the same transaction must refresh it.
     */
    public static PaymentOrder lockedByOrderNo(String orderNo) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM payment_order WHERE order_no = ?1 FOR UPDATE", PaymentOrder.class)
                .setParameter(1, orderNo).getResultList();
        return rows.isEmpty() ? null : (PaymentOrder) rows.get(0);
    }

    /** Moves the order through the state machine; leaving the open or paid states frees the fee's slot. */
    public void transition(Action action) {
        status = PaymentOrderStateMachine.apply(status, action);
        if (!PaymentOrderStateMachine.holdsFee(status)) {
            liveKey = null;
        }
        if (status == Status.CLOSED || status == Status.EXPIRED) {
            closedAt = Instant.now();
            nextQueryAt = null;
        }
        if (status == Status.PAID) {
            nextQueryAt = null;
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
