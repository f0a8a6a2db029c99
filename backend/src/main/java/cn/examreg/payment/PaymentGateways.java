package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.common.error.ApiException;
import cn.examreg.payment.channel.PaymentGateway;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The configured gateways by channel. Pay-by-number (缴费号) orders are settled through the sandbox's simulated
 * province payment account where no real one is connected.
 */
@ApplicationScoped
public class PaymentGateways {
    @Inject
    @All
    List<PaymentGateway> gateways;

    public Optional<PaymentGateway> find(Channel channel) {
        Channel served = channel == Channel.PAY_BY_NUMBER ? Channel.SANDBOX : channel;
        return gateways.stream().filter(g -> g.channel() == served && g.enabled()).findFirst();
    }

    /** The gateway of a channel, or 409 CHANNEL_NOT_AVAILABLE when it is not configured. */
    public PaymentGateway of(Channel channel) {
        return find(channel).orElseThrow(() -> new ApiException(409, "CHANNEL_NOT_AVAILABLE", channel.name()));
    }

    public boolean enabled(Channel channel) {
        return find(channel).isPresent();
    }

    public List<PaymentGateway> enabled() {
        return gateways.stream().filter(PaymentGateway::enabled).toList();
    }
}
