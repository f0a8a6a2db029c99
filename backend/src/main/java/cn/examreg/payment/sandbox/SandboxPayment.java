package cn.examreg.payment.sandbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A movement of money at the simulated gateway: a payment (or a refund) with its transaction number. */
@Entity
@Table(name = "sandbox_payment")
public class SandboxPayment extends PanacheEntityBase {
    @Id
    @Column(name = "transaction_id")
    public String transactionId;
    @Column(name = "out_trade_no")
    public String outTradeNo;
    @Column(name = "amount_fen")
    public long amountFen;
    /** PAY or REFUND. */
    public String kind;
    @Column(name = "out_refund_no")
    public String outRefundNo;
    @Column(name = "paid_at")
    public Instant paidAt;

    static List<SandboxPayment> payments(String outTradeNo) {
        return list("outTradeNo = ?1 and kind = 'PAY' order by paidAt", outTradeNo);
    }
}
