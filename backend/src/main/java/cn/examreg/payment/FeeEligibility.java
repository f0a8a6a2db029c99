package cn.examreg.payment;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.catalogue.FeeItem;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.PaymentDtos.FeeStatus;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Whether an application may pay a fee now, and if not why: the application's state against the fee's
 * {@link FeeItem.PayableAfter}, the practical-skills result for the written-exam fee, and the payment window (judged
 * in China time: from {@code payOpens} inclusive to {@code payCloses} exclusive; a fee unpaid when it closes is given
 * up, 逾期视为弃考).
 */
@ApplicationScoped
public class FeeEligibility {

    /** The verdict: a status, and for the refusals a problem code with its arguments. */
    public record Verdict(FeeStatus status, String code, Object[] args) {
        static Verdict of(FeeStatus status) {
            return new Verdict(status, null, new Object[0]);
        }

        static Verdict refused(FeeStatus status, String code, Object... args) {
            return new Verdict(status, code, args);
        }
    }

    /**
     * @param holder the order holding the fee's slot (open or paid), or null
     */
    public Verdict evaluate(Application a, FeeItem fee, PaymentOrder holder, Instant now) {
        if (holder != null) {
            if (holder.status == Status.PAID || holder.status == Status.REFUNDING) {
                return Verdict.of(FeeStatus.PAID);
            }
            if (PaymentOrderStateMachine.isOpen(holder.status) && !holder.expiredAt(now)) {
                return Verdict.of(FeeStatus.PAYING);
            }
        }
        Verdict state = stateAllows(a, fee);
        if (state != null) {
            return state;
        }
        if (fee.item == FeeItem.Item.WRITTEN) {
            boolean qualified = SkillsResult.of(a.id).map(SkillsResult::qualifiesForWritten).orElse(false);
            if (!qualified) {
                return Verdict.refused(FeeStatus.NOT_ELIGIBLE, "SKILLS_RESULT_REQUIRED");
            }
        }
        if (now.isBefore(fee.payOpens)) {
            return Verdict.refused(FeeStatus.NOT_OPEN, "PAYMENT_WINDOW_NOT_OPEN",
                    ChinaTime.format(fee.payOpens), ChinaTime.format(fee.payCloses));
        }
        if (!now.isBefore(fee.payCloses)) {
            return Verdict.refused(FeeStatus.GIVEN_UP, "PAYMENT_WINDOW_CLOSED",
                    ChinaTime.format(fee.payOpens), ChinaTime.format(fee.payCloses));
        }
        return Verdict.of(FeeStatus.PAYABLE);
    }

    private static Verdict stateAllows(Application a, FeeItem fee) {
        if (a.state == State.DRAFT) {
            return Verdict.refused(FeeStatus.NOT_ELIGIBLE, "APPLICATION_NOT_SUBMITTED");
        }
        if (a.state == State.WITHDRAWN || a.state == State.REJECTED) {
            return Verdict.refused(FeeStatus.NOT_ELIGIBLE, "APPLICATION_NOT_LIVE", a.state.name());
        }
        if (a.state == State.RETURNED) {
            return Verdict.refused(FeeStatus.NOT_ELIGIBLE, "APPLICATION_RETURNED");
        }
        if (fee.payableAfter == FeeItem.PayableAfter.SITE_APPROVED && !siteApproved(a)) {
            return Verdict.refused(FeeStatus.NOT_ELIGIBLE, "SITE_APPROVAL_REQUIRED");
        }
        return null;
    }

    /** Approved by the exam site: under review above it, or finally approved. */
    static boolean siteApproved(Application a) {
        return a.state == State.APPROVED
                || a.state == State.UNDER_REVIEW && (a.reviewLevel == Level.AREA || a.reviewLevel == Level.NATIONAL);
    }
}
