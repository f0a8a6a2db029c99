package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verified gateway notification, stored raw with what applying it did. One row per (channel, nonce). */
@Entity
@Table(name = "payment_notification")
public class PaymentNotification extends PanacheEntityBase {
    /** What applying a notification did. */
    public enum Outcome {
        APPLIED, ALREADY_APPLIED, DUPLICATE_CHARGE, AMOUNT_MISMATCH, UNKNOWN_ORDER, NOT_A_PAYMENT, REFUND_EVENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public FeeItem.Channel channel;
    public String nonce;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "notification_id")
    public String notificationId;
    @Column(name = "order_no")
    public String orderNo;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "trade_state")
    public String tradeState;
    @Column(name = "amount_fen")
    public Long amountFen;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String headers;
    public String body;
    public String decrypted;
    @Column(name = "received_at")
    public Instant receivedAt;
}
