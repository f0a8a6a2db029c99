package cn.examreg.payment.sandbox;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.payment.channel.PaymentGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The client side of the simulated gateway: what the payment module sees, exactly as it sees a real gateway.
 * Notifications are verified against the sandbox's public key ({@code Sandbox-Signature} over
 * {@code timestamp\nnonce\nbody\n}); their body is not encrypted (WeChat's is, see the WeChat channel).
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {
    @Inject
    SandboxBank bank;
    @Inject
    SandboxConfig config;
    @Inject
    ObjectMapper json;

    @Override
    public Channel channel() {
        return Channel.SANDBOX;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public Prepay create(GatewayOrder order) {
        return new Prepay(bank.open(order));
    }

    @Override
    public GatewayTrade query(String outTradeNo) {
        return bank.query(outTradeNo);
    }

    @Override
    public CloseResult close(String outTradeNo) {
        return bank.close(outTradeNo);
    }

    @Override
    public GatewayRefund refund(RefundRequest request) {
        return bank.refund(request);
    }

    @Override
    public PaymentEvent parseNotification(Map<String, String> headers, String body) {
        String timestamp = headers.get("sandbox-timestamp");
        String nonce = headers.get("sandbox-nonce");
        String signature = headers.get("sandbox-signature");
        if (timestamp == null || nonce == null || signature == null) {
            throw new NotificationRejected("signature headers missing");
        }
        if (!SandboxBank.SERIAL.equals(headers.get("sandbox-serial"))) {
            throw new NotificationRejected("unknown key serial");
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(bank.publicKey());
            verifier.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(signature))) {
                throw new NotificationRejected("bad signature");
            }
        } catch (NotificationRejected e) {
            throw e;
        } catch (Exception e) {
            throw new NotificationRejected("bad signature", e);
        }
        try {
            JsonNode event = json.readTree(body);
            JsonNode r = event.path("resource");
            String eventType = event.path("event_type").asText();
            boolean refund = eventType.startsWith("REFUND.");
            String state = r.path("trade_state").asText(null);
            return new PaymentEvent(event.path("id").asText(), refund ? EventKind.REFUND : EventKind.TRANSACTION,
                    signedAt, nonce, r.path("out_trade_no").asText(null),
                    state == null ? null : TradeState.valueOf(state), r.path("transaction_id").asText(null),
                    r.path("amount").has("total") ? r.path("amount").path("total").asLong() : null,
                    r.hasNonNull("success_time") ? OffsetDateTime.parse(r.path("success_time").asText()).toInstant() : null,
                    r.path("out_refund_no").asText(null),
                    r.hasNonNull("refund_status") ? RefundState.valueOf(r.path("refund_status").asText()) : null,
                    r.toString());
        } catch (Exception e) {
            throw new NotificationRejected("unreadable notification", e);
        }
    }

    @Override
    public List<BillLine> statement(LocalDate billDate) {
        return bank.statement(billDate);
    }

}
