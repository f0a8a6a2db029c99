package cn.examreg.payment.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the WeChat Pay API v3 Native channel ({@code examreg.payment.wechat.*}), filled from environment
 * variables (WECHAT_PAY_ENABLED, WECHAT_MCHID, …; see application.properties). Every merchant value is optional so
 * an unconfigured application starts; the channel is enabled only when {@link #enabled()} is true and all of them are
 * present. Uses WeChat's "platform public key" mode: responses and notifications are verified with one public key
 * whose id WeChat sends as {@code Wechatpay-Serial}.
 */
@ConfigMapping(prefix = "examreg.payment.wechat")
public interface WechatPayConfig {

    /** Turns the channel on (WECHAT_PAY_ENABLED); off by default. */
    @WithDefault("false")
    boolean enabled();

    /** The API host; a local stub in tests. */
    @WithDefault("https://api.mch.weixin.qq.com")
    String baseUrl();

    /** Merchant number (商户号). */
    Optional<String> mchid();

    /** The app id bound to the merchant (公众号/小程序/应用 appid). */
    Optional<String> appid();

    /** Serial number of the merchant API certificate whose private key signs requests. */
    Optional<String> merchantSerialNo();

    /** Path of the merchant API private key, PEM PKCS#8 ({@code apiclient_key.pem}). */
    Optional<String> merchantPrivateKeyPath();

    /** Path of WeChat Pay's platform public key, PEM ({@code pub_key.pem}). */
    Optional<String> platformPublicKeyPath();

    /** Id of that public key (PUB_KEY_ID_…): the only {@code Wechatpay-Serial} accepted. */
    Optional<String> platformSerialNo();

    /** The APIv3 key (32 characters) that decrypts notifications. */
    Optional<String> apiV3Key();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("5s")
    Duration readTimeout();
}
