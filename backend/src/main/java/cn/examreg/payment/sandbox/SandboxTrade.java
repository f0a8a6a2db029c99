package cn.examreg.payment.sandbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An order as the simulated gateway books it (its own table: the sandbox plays another company's system). */
@Entity
@Table(name = "sandbox_trade")
public class SandboxTrade extends PanacheEntityBase {
    public enum Status { NOTPAY, SUCCESS, CLOSED, PAYERROR, REFUND }

    @Id
    @Column(name = "out_trade_no")
    public String outTradeNo;
    public String description;
    @Column(name = "amount_fen")
    public long amountFen;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "notify_url")
    public String notifyUrl;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static SandboxTrade locked(String outTradeNo) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT out_trade_no FROM sandbox_trade WHERE out_trade_no = ?1 FOR UPDATE")
                .setParameter(1, outTradeNo).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        SandboxTrade t = findById(outTradeNo);
        getEntityManager().refresh(t);
        return t;
    }
}
