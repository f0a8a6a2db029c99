package cn.examreg.payment.channel;

import cn.examreg.catalogue.FeeItem.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One payment gateway, seen the way the rest of the system needs it: create a payable order (a QR code link), query
 * it, close it, refund it, verify and decrypt its notifications, and download its daily statement. Each
 * implementation speaks its gateway's protocol (the built-in sandbox, WeChat Pay API v3); callers never see the
 * protocol. Implementations are {@code @ApplicationScoped} beans; {@link #enabled()} says whether the configuration
 * turns them on.
 */
public interface PaymentGateway {

    /** The channel this gateway serves. */
    Channel channel();

    /** Whether it is configured and may be used. */
    boolean enabled();

    /** Opens the order at the gateway; returns the link the QR code carries. Idempotent for one order number. */
    Prepay create(GatewayOrder order);

    /** The gateway's view of an order. */
    GatewayTrade query(String outTradeNo);

    /** Closes an unpaid order; {@link CloseResult#ALREADY_PAID} when the gateway has it paid meanwhile. */
    CloseResult close(String outTradeNo);

    /** Starts a refund of (part of) a paid order. Idempotent for one refund number. */
    GatewayRefund refund(RefundRequest request);

    /**
     * Verifies the signature of a notification (throwing {@link NotificationRejected} when it fails) and returns its
     * decrypted content. Timestamp window and nonce reuse are checked by the caller with the values returned.
     *
     * @param headers HTTP headers, names in lower case
     */
    PaymentEvent parseNotification(Map<String, String> headers, String body);

    /** The gateway's statement (trade bill) of one day, China time. */
    List<BillLine> statement(LocalDate billDate);

    // ---- values exchanged with gateways ----

    /** What the gateway needs to open an order. */
    record GatewayOrder(String outTradeNo, String description, long amountFen, java.time.Instant expiresAt,
                        String notifyUrl) {
    }

    /** The link to encode in the QR code (WeChat's code_url). */
    record Prepay(String codeUrl) {
    }

    /** Trade states, as WeChat names them; NOT_FOUND when the gateway does not know the order. */
    enum TradeState { SUCCESS, REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR, NOT_FOUND }

    /** The gateway's record of an order: state, and for a paid one the transaction number, amount and time. */
    record GatewayTrade(String outTradeNo, TradeState state, String transactionId, Long amountFen,
                        java.time.Instant successTime) {
    }

    enum CloseResult { CLOSED, ALREADY_PAID }

    record RefundRequest(String outTradeNo, String transactionId, String outRefundNo, long refundFen, long totalFen,
                         String reason, String notifyUrl) {
    }

    /** Refund states, as WeChat names them. */
    enum RefundState { SUCCESS, CLOSED, PROCESSING, ABNORMAL }

    record GatewayRefund(String outRefundNo, String refundId, RefundState state, java.time.Instant successTime) {
    }

    /** What a notification is about. */
    enum EventKind { TRANSACTION, REFUND }

    /**
     * A verified, decrypted notification. {@code timestamp} and {@code nonce} come from the signed headers; the
     * payment fields are those of the transaction (or refund) it reports.
     */
    record PaymentEvent(String notificationId, EventKind kind, long timestamp, String nonce, String outTradeNo,
                        TradeState tradeState, String transactionId, Long amountFen, java.time.Instant successTime,
                        String outRefundNo, RefundState refundState, String decrypted) {
    }

    /** One line of a statement: a payment (or refund) the gateway made on that day. */
    record BillLine(java.time.Instant tradeTime, String outTradeNo, String transactionId, TradeState state,
                    long amountFen, String outRefundNo, Long refundFen) {
    }

    /** A notification that failed verification (bad signature, unknown key serial, undecryptable). */
    class NotificationRejected extends RuntimeException {
        public NotificationRejected(String message) {
            super(message);
        }

        public NotificationRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The gateway could not be reached or answered with an error; the caller retries later. */
    class GatewayUnavailable extends RuntimeException {
        public GatewayUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
