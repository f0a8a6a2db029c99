package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One day's statement reconciliation of one channel: totals on both sides and the number of differences. */
@Entity
@Table(name = "reconciliation")
public class Reconciliation extends BaseEntity {
    public enum Status { RUNNING, MATCHED, DISCREPANCIES, FAILED }

    @Enumerated(EnumType.STRING)
    public FeeItem.Channel channel;
    @Column(name = "bill_date")
    public LocalDate billDate;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "gateway_count")
    public int gatewayCount;
    @Column(name = "gateway_total_fen")
    public long gatewayTotalFen;
    @Column(name = "local_count")
    public int localCount;
    @Column(name = "local_total_fen")
    public long localTotalFen;
    @Column(name = "discrepancy_count")
    public int discrepancyCount;
    public String error;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
