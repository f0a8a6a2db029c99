package cn.examreg.catalogue;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fee of an exam in an area: practical-skills or written, its amount in fen, payment window and channels. */
@Entity
@Table(name = "fee_item")
public class FeeItem extends BaseEntity {
    /** 技能考试费 or 综合笔试费. */
    @Schema(name = "FeeItemKind", description = "技能考试费 (SKILLS) or 综合笔试费 (WRITTEN)")
    public enum Item { SKILLS, WRITTEN }

    /** A payment channel a fee may be paid through. */
    @Schema(name = "PaymentChannel", description = "Sandbox (simulated gateway), WeChat Pay Native (QR code), "
            + "pay by name + payment number (缴费号), bank card")
    public enum Channel { SANDBOX, WECHAT_NATIVE, PAY_BY_NUMBER, BANK_CARD }

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
    /** From which application state the fee may be paid. */
    @Schema(name = "FeePayableAfter", description = "SUBMITTED: once the application is submitted; SITE_APPROVED: once "
            + "the exam site has approved it (in-person identity check done)")
    public enum PayableAfter { SUBMITTED, SITE_APPROVED }

    @Enumerated(EnumType.STRING)
    @Column(name = "payable_after")
    public PayableAfter payableAfter = PayableAfter.SUBMITTED;

    /** Comma-separated channel names, e.g. WECHAT_NATIVE,PAY_BY_NUMBER,SANDBOX. */
    public String channels;

    /** The channels offered, in the order stored. */
    public List<Channel> channelList() {
        if (channels == null || channels.isBlank()) {
            return List.of();
        }
        return Arrays.stream(channels.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(Channel::valueOf).toList();
    }

    /** Sets the channels offered (duplicates dropped, order kept). */
    public void offerChannels(Collection<Channel> offered) {
        channels = offered.stream().distinct().map(Channel::name).collect(Collectors.joining(","));
    }

    public boolean offers(Channel channel) {
        return channelList().contains(channel);
    }

    /** Payable from {@code payOpens} (inclusive) until {@code payCloses} (exclusive); late payment is never accepted. */
    public boolean payableAt(Instant now) {
        return !now.isBefore(payOpens) && now.isBefore(payCloses);
    }
}
