package cn.examreg.application.pdf;

import java.time.Instant;

/** What the payment receipt (缴费凭证) shows. Amount in fen. */
public record ReceiptData(String orderNo, String transactionId, String applicationNumber, String examCode,
                          String examName, String name, String documentNumberMasked, String areaName, String feeItem,
                          long amountFen, String channel, Instant paidAt, Instant printedAt) {
}
