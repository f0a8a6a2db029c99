package cn.examreg.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One difference between a gateway statement and our orders. */
@Entity
@Table(name = "reconciliation_discrepancy")
public class Discrepancy extends PanacheEntityBase {
    @Schema(name = "DiscrepancyKind", description = "PAID_AT_GATEWAY_UNPAID_HERE: the gateway has a payment our order "
            + "does not show (applied now); PAID_HERE_UNKNOWN_AT_GATEWAY: our paid order is missing from the statement; "
            + "AMOUNT_MISMATCH: amounts differ; UNKNOWN_ORDER: the statement names an order we do not have; "
            + "DUPLICATE_CHARGE: a second payment of a fee, to be refunded")
    public enum Kind { PAID_AT_GATEWAY_UNPAID_HERE, PAID_HERE_UNKNOWN_AT_GATEWAY, AMOUNT_MISMATCH, UNKNOWN_ORDER,
        DUPLICATE_CHARGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "reconciliation_id")
    public String reconciliationId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "order_no")
    public String orderNo;
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "gateway_fen")
    public Long gatewayFen;
    @Column(name = "local_fen")
    public Long localFen;
    @Column(name = "local_status")
    public String localStatus;
    public String resolution;
}
