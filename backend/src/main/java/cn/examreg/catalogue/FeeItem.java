package cn.examreg.catalogue;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fee of an exam in an area: practical-skills or written, its amount in fen, payment window and channels. */
@Entity
@Table(name = "fee_item")
public class FeeItem extends BaseEntity {
    /** 技能考试费 or 综合笔试费. */
    public enum Item { SKILLS, WRITTEN }

    @Column(name = "exam_code")
    public String examCode;
    @Column(name = "area_code")
    public String areaCode;
    @Enumerated(EnumType.STRING)
    public Item item;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "pay_opens")
    public Instant payOpens;
    @Column(name = "pay_closes")
    public Instant payCloses;
    /** Comma-separated channel names, e.g. WECHAT_NATIVE,PAY_BY_NUMBER,SANDBOX. */
    public String channels;
}
