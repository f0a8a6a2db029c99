package cn.examreg.payment.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The built-in simulated gateway ({@code examreg.sandbox.*}). Turn it off where a real gateway is configured. */
@ConfigMapping(prefix = "examreg.sandbox")
public interface SandboxConfig {
    @WithDefault("true")
    boolean enabled();

    /** Base URL of this server as the payer's browser reaches it (the QR code's link); empty: localhost. */
    Optional<String> publicUrl();

    /** Delay before a notification is sent. */
    @WithDefault("PT1S")
    Duration notifyDelay();

    /** How many times each notification is delivered (each delivery signed afresh, as gateways retry). */
    @WithDefault("1")
    int copies();

    /** Probability (0–1) that a notification is never sent: the query job must find the payment. */
    @WithDefault("0")
    double lossRate();

    /** Deliver the notifications of one payment action in random order with random delays up to notifyDelay. */
    @WithDefault("false")
    boolean reorder();

    /** Delays between deliveries that were not acknowledged with 2xx (then it gives up, like WeChat after ~24 h). */
    @WithDefault("PT5S,PT15S,PT30S,PT3M,PT10M")
    List<Duration> retryIntervals();
}
