package cn.examreg.payment.wechat;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks a message WeChat Pay signed (a response or a notification): the {@code Wechatpay-Serial} must name the
 * configured platform public key, the {@code Wechatpay-Timestamp} must lie within five minutes of now, and
 * {@code Wechatpay-Signature} must be the platform key's SHA256withRSA signature of
 * {@code TIMESTAMP\nNONCE\nBODY\n}.
 */
final class WechatPayVerifier {
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final PublicKey platformKey;
    private final String platformSerialNo;
    private final Clock clock;

    WechatPayVerifier(PublicKey platformKey, String platformSerialNo, Clock clock) {
        this.platformKey = platformKey;
        this.platformSerialNo = platformSerialNo;
        this.clock = clock;
    }

    /** The values of the four signature headers; any may be null when the header is missing. */
    record SignedHeaders(String serial, String timestamp, String nonce, String signature) {
        boolean present() {
            return serial != null || timestamp != null || nonce != null || signature != null;
        }
    }

    /**
     * Verifies {@code body} against its signature headers.
     *
     * @return the signed timestamp (epoch seconds)
     * @throws Rejected naming the rule that failed
     */
    long verify(SignedHeaders headers, String body) throws Rejected {
        if (headers.serial() == null || headers.timestamp() == null || headers.nonce() == null
                || headers.signature() == null) {
            throw new Rejected("signature headers missing");
        }
        if (!platformSerialNo.equals(headers.serial())) {
            throw new Rejected("unknown Wechatpay-Serial");
        }
        long timestamp = timestamp(headers.timestamp());
        String message = headers.timestamp() + "\n" + headers.nonce() + "\n" + body + "\n";
        if (!WechatPayCrypto.verify(platformKey, message, headers.signature())) {
            throw new Rejected("signature does not match");
        }
        return timestamp;
    }

    private long timestamp(String value) throws Rejected {
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Rejected("Wechatpay-Timestamp is not a number");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new Rejected("Wechatpay-Timestamp more than 5 minutes away from now");
        }
        return seconds;
    }

    /** A signed message that failed verification; the message names the rule (never a secret). */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
