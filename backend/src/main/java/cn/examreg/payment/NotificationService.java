package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.payment.DuplicateCharge.DetectedBy;
import cn.examreg.payment.PaymentNotification.Outcome;
import cn.examreg.payment.channel.PaymentGateway;
import cn.examreg.payment.channel.PaymentGateway.EventKind;
import cn.examreg.payment.channel.PaymentGateway.NotificationRejected;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Gateway notifications: verified (signature by the channel, then timestamp window and nonce never seen before),
 * stored raw, and applied idempotently in the same transaction. Forged, stale or replayed notifications change
 * nothing and are answered with an error; everything stored is acknowledged so that the gateway stops retrying.
 */
@ApplicationScoped
public class NotificationService {
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    @Inject
    PaymentGateways gateways;
    @Inject
    PaymentApplier applier;
    @Inject
    PaymentConfig config;
    @Inject
    ObjectMapper json;

    /** Why a notification was not taken: answered to the gateway with a non-2xx status. */
    public static class Refused extends RuntimeException {
        public final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Verifies, stores and applies one notification; returns what applying it did. */
    public Outcome receive(Channel channel, Map<String, String> headers, String body) {
        PaymentGateway gateway = gateways.find(channel)
                .filter(g -> g.channel() == channel)
                .orElseThrow(() -> new Refused(404, "channel not enabled"));
        PaymentEvent event;
        try {
            event = gateway.parseNotification(headers, body);
        } catch (NotificationRejected e) {
            LOG.warnf("ALERT %s notification rejected: %s", channel, e.getMessage());
            throw new Refused(401, "verification failed");
        }
        Instant signedAt = Instant.ofEpochSecond(event.timestamp());
        if (Duration.between(signedAt, Instant.now()).abs().compareTo(config.notificationWindow()) > 0) {
            LOG.warnf("ALERT %s notification outside the timestamp window (signed %s)", channel, signedAt);
            throw new Refused(401, "timestamp outside the accepted window");
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(channel, headers, body, event, signedAt));
        } catch (RuntimeException e) {
            if (IdempotencyKeys.isDuplicate(e)) {
                LOG.warnf("ALERT %s notification replayed (nonce seen before)", channel);
                throw new Refused(401, "replayed notification");
            }
            throw e;
        }
    }

    private Outcome store(Channel channel, Map<String, String> headers, String body, PaymentEvent event,
                          Instant signedAt) {
        PaymentNotification n = new PaymentNotification();
        n.channel = channel;
        n.nonce = event.nonce();
        n.signedAt = signedAt;
        n.notificationId = event.notificationId();
        n.orderNo = event.outTradeNo();
        n.transactionId = event.transactionId();
        n.tradeState = event.tradeState() == null ? null : event.tradeState().name();
        n.amountFen = event.amountFen();
        n.headers = toJson(headers);
        n.body = body;
        n.decrypted = event.decrypted();
        n.receivedAt = Instant.now();
        n.outcome = Outcome.NOT_A_PAYMENT;
        n.persist();
        PaymentNotification.flush();
        if (event.kind() == EventKind.REFUND) {
            // Refund results: the refund capability observes these (hook); stored and acknowledged meanwhile.
            n.outcome = Outcome.REFUND_EVENT;
        } else if (event.tradeState() == TradeState.SUCCESS) {
            n.outcome = applier.applyPaid(event.outTradeNo(), event.transactionId(), event.amountFen(),
                    event.successTime(), DetectedBy.NOTIFICATION);
        }
        return n.outcome;
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
