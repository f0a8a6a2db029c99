package cn.examreg.payment;

import cn.examreg.common.i18n.Messages;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.PaymentDtos.ApplicationFeeView;
import cn.examreg.payment.PaymentDtos.DiscrepancyView;
import cn.examreg.payment.PaymentDtos.DuplicateChargeView;
import cn.examreg.payment.PaymentDtos.PaymentOrderView;
import cn.examreg.payment.PaymentDtos.ReconciliationView;
import cn.examreg.payment.PaymentOrderService.FeeLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** Entities → views of the payment API (times in China time). */
@ApplicationScoped
public class PaymentViews {
    @Inject
    PaymentOrderService orders;

    public PaymentOrderView order(PaymentOrder o) {
        boolean payable = PaymentOrderStateMachine.isOpen(o.status);
        return new PaymentOrderView(o.orderNo, o.paymentNo, o.applicationId, o.applicationNumber, o.feeItem, o.amountFen,
                "CNY", o.channel, o.status, payable ? o.codeUrl : null, ChinaTime.of(o.expiresAt), o.transactionId,
                ChinaTime.of(o.paidAt), ChinaTime.of(o.createdAt));
    }

    public ApplicationFeeView fee(FeeLine line, Locale locale) {
        var v = line.verdict();
        return new ApplicationFeeView(line.fee().item, line.fee().amountFen, "CNY", ChinaTime.of(line.fee().payOpens),
                ChinaTime.of(line.fee().payCloses), orders.channelsOffered(line.fee()), v.status(), v.code(),
                v.code() == null ? null : Messages.problem(locale, v.code() + ".detail", v.args()),
                line.order() == null ? null : order(line.order()));
    }

    public ReconciliationView reconciliation(Reconciliation r, boolean withDetails) {
        List<DiscrepancyView> details = withDetails
                ? Discrepancy.<Discrepancy>list("reconciliationId = ?1 order by id", r.id).stream()
                        .map(d -> new DiscrepancyView(d.kind, d.orderNo, d.transactionId, d.gatewayFen, d.localFen,
                                d.localStatus, d.resolution)).toList()
                : null;
        return new ReconciliationView(r.id, r.channel, r.billDate, r.status, r.gatewayCount, r.gatewayTotalFen,
                r.localCount, r.localTotalFen, r.discrepancyCount, r.error, ChinaTime.of(r.finishedAt), details);
    }

    public DuplicateChargeView duplicate(DuplicateCharge d) {
        return new DuplicateChargeView(d.id, d.orderNo, d.transactionId, d.applicationId, d.feeItem, d.amountFen,
                d.channel, d.reason, d.detectedBy, d.refundStatus, ChinaTime.of(d.createdAt));
    }
}
