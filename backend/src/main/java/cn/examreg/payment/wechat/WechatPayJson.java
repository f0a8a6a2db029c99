package cn.examreg.payment.wechat;

import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.channel.PaymentGateway.GatewayRefund;
import cn.examreg.payment.channel.PaymentGateway.GatewayTrade;
import cn.examreg.payment.channel.PaymentGateway.RefundState;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads WeChat Pay's JSON (transactions, refunds) into the gateway's values, and writes its times: RFC 3339 with the
 * China offset, e.g. {@code 2025-06-08T10:34:56+08:00}.
 */
final class WechatPayJson {
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** The states WeChat reports; NOT_FOUND is ours. */
    private static final Set<TradeState> WECHAT_TRADE_STATES = EnumSet.complementOf(EnumSet.of(TradeState.NOT_FOUND));

    private WechatPayJson() {
    }

    /** A transaction (query answer or decrypted notification resource). */
    static GatewayTrade trade(JsonNode transaction) {
        JsonNode amount = transaction.path("amount");
        Long amountFen = amount.hasNonNull("total") ? amount.get("total").asLong()
                : amount.hasNonNull("payer_total") ? amount.get("payer_total").asLong() : null;
        return new GatewayTrade(text(transaction, "out_trade_no"), tradeState(text(transaction, "trade_state")),
                text(transaction, "transaction_id"), amountFen, time(text(transaction, "success_time")));
    }

    /** A refund (refund answer or decrypted refund notification resource; the latter names the state refund_status). */
    static GatewayRefund refund(JsonNode refund) {
        String status = refund.hasNonNull("status") ? text(refund, "status") : text(refund, "refund_status");
        return new GatewayRefund(text(refund, "out_refund_no"), text(refund, "refund_id"), refundState(status),
                time(text(refund, "success_time")));
    }

    static TradeState tradeState(String value) {
        for (TradeState state : WECHAT_TRADE_STATES) {
            if (state.name().equals(value)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown trade_state " + value);
    }

    static RefundState refundState(String value) {
        for (RefundState state : RefundState.values()) {
            if (state.name().equals(value)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown refund status " + value);
    }

    /** An RFC 3339 time; null for null or empty. */
    static Instant time(String value) {
        return value == null || value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
    }

    /** The instant as RFC 3339 in China time, whole seconds. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ChinaTime.ZONE).format(RFC3339);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
