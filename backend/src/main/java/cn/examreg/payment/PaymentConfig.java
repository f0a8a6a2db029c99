package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Payment settings ({@code examreg.payment.*} in application.properties). */
@ConfigMapping(prefix = "examreg.payment")
public interface PaymentConfig {
    /** How long an order stays payable (closed at the gateway afterwards); never past the fee's window. */
    @WithDefault("PT2H")
    Duration orderTtl();

    /** The channel a QR order uses when the request names none. */
    @WithDefault("SANDBOX")
    FeeItem.Channel defaultChannel();

    /**
     * Base URL the gateways call back ({@code …/api/v1/payment-notifications/{channel}} is appended); empty: this
     * server on localhost.
     */
    Optional<String> notifyBaseUrl();

    /** Delays between active queries of a pending order; the last one repeats until the order ends. */
    @WithDefault("PT15S,PT30S,PT1M")
    List<Duration> queryIntervals();

    /** How long a job instance holds a claimed order before another instance may take it. */
    @WithDefault("PT1M")
    Duration queryLease();

    /** Orders claimed per job round. */
    @WithDefault("50")
    int jobBatch();

    /** Accepted clock difference of a notification's signed timestamp. */
    @WithDefault("PT5M")
    Duration notificationWindow();

    /** Requests per minute and client address to the unauthenticated payment lookup. */
    @WithDefault("20")
    int lookupPerMinute();

    /** Order creations running at once; the rest wait (up to {@link #creationWait()}) instead of starving the pool. */
    @WithDefault("12")
    int maxConcurrentCreations();

    /** How long an order creation waits for its turn before answering 503 GATEWAY_BUSY. */
    @WithDefault("PT10S")
    Duration creationWait();

    /** Idempotency keys are kept (and replayed) at least this long. */
    @WithDefault("PT24H")
    Duration idempotencyRetention();
}
