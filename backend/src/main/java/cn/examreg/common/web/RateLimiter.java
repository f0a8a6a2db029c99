package cn.examreg.common.web;

import cn.examreg.common.error.ApiException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token buckets per key (a client address, a looked-up number) for unauthenticated endpoints: {@code perMinute}
 * requests, refilled gradually; keys idle for ten minutes are forgotten. Per instance: with N instances a client gets
 * at most N times the limit, which is still a limit.
 */
public final class RateLimiter {
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token for {@code key}, or refuses with 429 RATE_LIMITED and the seconds to wait. */
    public void acquire(String key) {
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new ApiException(429, "RATE_LIMITED", seconds);
        }
    }
}
