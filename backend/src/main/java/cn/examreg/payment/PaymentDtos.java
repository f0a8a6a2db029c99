package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the payment API. */
public final class PaymentDtos {
    private PaymentDtos() {
    }

    @Schema(description = "Pay one fee of one application. Send an Idempotency-Key header with it.")
    public record PaymentOrderCreate(
            @Schema(required = true, description = "The application", examples = "3f2b8a9e-8c1d-4c53-9a55-0d1f6f3b1a77")
            @NotNull String applicationId,
            @Schema(required = true, description = "Which fee", examples = "SKILLS") @NotNull FeeItem.Item feeItem,
            @Schema(description = "Channel; default: the server's QR channel (SANDBOX unless a real gateway is set up). "
                    + "PAY_BY_NUMBER: pay with name + 缴费号 in the province's payment account", examples = "SANDBOX")
            FeeItem.Channel channel) {
    }

    @Schema(description = "A payment order (缴费订单). Keep orderNo (订单号) and transactionId (交易流水号): a refund "
            + "claim needs them.")
    public record PaymentOrderView(
            @Schema(required = true, description = "Order number 订单号 (out_trade_no)", examples = "EX2026112300000012345678")
            String orderNo,
            @Schema(required = true, description = "Payment number 缴费号 for paying by name + number",
                    examples = "430123456789") String paymentNo,
            @Schema(required = true, examples = "3f2b8a9e-8c1d-4c53-9a55-0d1f6f3b1a77") String applicationId,
            @Schema(required = true, examples = "20261100012345678") String applicationNumber,
            @Schema(required = true, examples = "SKILLS") FeeItem.Item feeItem,
            @Schema(required = true, description = "Amount in fen (分)", examples = "28900") long amountFen,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "SANDBOX") FeeItem.Channel channel,
            @Schema(required = true, description = "CREATED → PAYING → PAID, or CLOSED / EXPIRED; REFUNDING → REFUNDED",
                    examples = "PAYING") Status status,
            @Schema(description = "The link in the QR code while the order is payable",
                    examples = "http://localhost:8080/sandbox/pay/EX2026112300000012345678") String codeUrl,
            @Schema(required = true, description = "Payable until (China time); closed at the gateway afterwards",
                    examples = "2026-11-23T12:00:00+08:00") OffsetDateTime expiresAt,
            @Schema(description = "Gateway transaction number 交易流水号, once paid",
                    examples = "4200001234202611231234567890") String transactionId,
            @Schema(description = "When the gateway took the money (China time)",
                    examples = "2026-11-23T10:02:11+08:00") OffsetDateTime paidAt,
            @Schema(required = true, examples = "2026-11-23T10:00:00+08:00") OffsetDateTime createdAt) {
    }

    @Schema(description = "A page of payment orders")
    public record PaymentOrderPage(
            @Schema(required = true) List<PaymentOrderView> items,
            @Schema(required = true, examples = "1") long total,
            @Schema(required = true, examples = "0") int page,
            @Schema(required = true, examples = "20") int size) {
    }

    @Schema(name = "FeeStatus", description = "NOT_ELIGIBLE: not payable by this application (see reason); "
            + "NOT_OPEN: the payment window has not opened; PAYABLE: pay now; PAYING: an order is open; PAID: 已缴费; "
            + "GIVEN_UP: the window closed unpaid (逾期视为弃考, no late payment)")
    public enum FeeStatus { NOT_ELIGIBLE, NOT_OPEN, PAYABLE, PAYING, PAID, GIVEN_UP }

    @Schema(description = "A fee of an application: amount, window, status and the current order")
    public record ApplicationFeeView(
            @Schema(required = true, examples = "SKILLS") FeeItem.Item item,
            @Schema(required = true, description = "Amount in fen (分)", examples = "28900") long amountFen,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, examples = "2026-03-01T00:00:00+08:00") OffsetDateTime payOpens,
            @Schema(required = true, examples = "2026-03-15T23:59:59+08:00") OffsetDateTime payCloses,
            @Schema(required = true, description = "Channels offered here and enabled on this server")
            List<FeeItem.Channel> channels,
            @Schema(required = true, examples = "PAYABLE") FeeStatus status,
            @Schema(description = "Why it is not payable (a problem code)", examples = "SKILLS_RESULT_REQUIRED")
            String reasonCode,
            @Schema(description = "Why it is not payable, in the request's language") String reason,
            @Schema(description = "The open or paid order, if any") PaymentOrderView order) {
    }

    @Schema(description = "What the unauthenticated payment lookup reveals (pay-by-number in the province account)")
    public record PaymentLookupView(
            @Schema(required = true, examples = "SKILLS") FeeItem.Item feeItem,
            @Schema(required = true, examples = "28900") long amountFen,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, description = "The payer's name, masked", examples = "张*") String maskedName,
            @Schema(required = true, examples = "PAYING") Status status,
            @Schema(required = true, examples = "2026-11-23T12:00:00+08:00") OffsetDateTime expiresAt,
            @Schema(description = "Order number, while the order is payable (the province account pays it)",
                    examples = "EX2026112300000012345678") String orderNo) {
    }

    @Schema(description = "Record a practical-skills outcome")
    public record SkillsResultInput(
            @Schema(required = true, examples = "PASSED") @NotNull SkillsResult.Outcome outcome,
            @Schema(description = "Note, e.g. the exam base", examples = "国家实践技能考试基地 2025") @Size(max = 200) String note) {
    }

    @Schema(description = "A practical-skills outcome")
    public record SkillsResultView(
            @Schema(required = true, examples = "PASSED") SkillsResult.Outcome outcome,
            @Schema(examples = "国家实践技能考试基地 2025") String note,
            @Schema(required = true, examples = "2026-07-01T10:00:00+08:00") OffsetDateTime recordedAt) {
    }

    @Schema(description = "Run the statement reconciliation of one channel and day")
    public record ReconciliationRun(
            @Schema(required = true, examples = "SANDBOX") @NotNull FeeItem.Channel channel,
            @Schema(required = true, description = "The statement day (China time)", examples = "2026-11-22")
            @NotNull LocalDate billDate) {
    }

    @Schema(description = "One difference between the gateway's statement and our orders")
    public record DiscrepancyView(
            @Schema(required = true) Discrepancy.Kind kind,
            @Schema(examples = "EX2026112300000012345678") String orderNo,
            @Schema(examples = "4200001234202611231234567890") String transactionId,
            @Schema(description = "Amount at the gateway, fen", examples = "28900") Long gatewayFen,
            @Schema(description = "Amount here, fen", examples = "28900") Long localFen,
            @Schema(description = "Our order's status when compared", examples = "PAYING") String localStatus,
            @Schema(description = "What was done about it", examples = "applied: order marked PAID") String resolution) {
    }

    @Schema(description = "A statement reconciliation: totals on both sides and the differences")
    public record ReconciliationView(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "SANDBOX") FeeItem.Channel channel,
            @Schema(required = true, examples = "2026-11-22") LocalDate billDate,
            @Schema(required = true, examples = "MATCHED") Reconciliation.Status status,
            @Schema(required = true, examples = "120") int gatewayCount,
            @Schema(required = true, examples = "3468000") long gatewayTotalFen,
            @Schema(required = true, examples = "120") int localCount,
            @Schema(required = true, examples = "3468000") long localTotalFen,
            @Schema(required = true, examples = "0") int discrepancyCount,
            @Schema(description = "Why it failed") String error,
            @Schema(examples = "2026-11-23T10:00:03+08:00") OffsetDateTime finishedAt,
            @Schema(description = "The differences (in the detail only)") List<DiscrepancyView> discrepancies) {
    }

    @Schema(description = "A duplicate charge: money taken twice for one fee, to be refunded")
    public record DuplicateChargeView(
            @Schema(required = true) String id,
            @Schema(required = true) String orderNo,
            @Schema(required = true) String transactionId,
            @Schema(required = true) String applicationId,
            @Schema(required = true) FeeItem.Item feeItem,
            @Schema(required = true, examples = "28900") long amountFen,
            @Schema(required = true) FeeItem.Channel channel,
            @Schema(required = true) DuplicateCharge.Reason reason,
            @Schema(required = true) DuplicateCharge.DetectedBy detectedBy,
            @Schema(required = true) DuplicateCharge.RefundStatus refundStatus,
            @Schema(required = true) OffsetDateTime detectedAt) {
    }
}
