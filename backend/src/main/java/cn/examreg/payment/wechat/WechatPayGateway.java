package cn.examreg.payment.wechat;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.payment.channel.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The WeChat Pay Native channel ({@link Channel#WECHAT_NATIVE}): a {@link PaymentGateway} over {@link WechatPayClient}.
 * Enabled only when {@code examreg.payment.wechat.enabled} is true and every merchant value is configured; the keys
 * are read on first use, so an application without them starts and simply does not offer the channel.
 */
@ApplicationScoped
public class WechatPayGateway implements PaymentGateway {
    private static final Logger LOG = Logger.getLogger(WechatPayGateway.class);

    private final WechatPayConfig config;
    private volatile WechatPayClient client;

    public WechatPayGateway(WechatPayConfig config) {
        this.config = config;
    }

    @Override
    public Channel channel() {
        return Channel.WECHAT_NATIVE;
    }

    @Override
    public boolean enabled() {
        return config.enabled() && missing().isEmpty();
    }

    @Override
    public Prepay create(GatewayOrder order) {
        return client().createNative(order);
    }

    @Override
    public GatewayTrade query(String outTradeNo) {
        return client().query(outTradeNo);
    }

    @Override
    public CloseResult close(String outTradeNo) {
        return client().close(outTradeNo);
    }

    @Override
    public GatewayRefund refund(RefundRequest request) {
        return client().refund(request);
    }

    @Override
    public PaymentEvent parseNotification(Map<String, String> headers, String body) {
        try {
            return client().parseNotification(headers, body);
        } catch (NotificationRejected e) {
            LOG.warnf("WeChat Pay notification rejected: %s", e.getMessage());
            throw e;
        }
    }

    @Override
    public List<BillLine> statement(LocalDate billDate) {
        return client().tradeBill(billDate);
    }

    /** The client, built on first use from the configuration and the key files. */
    WechatPayClient client() {
        WechatPayClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = newClient();
                    client = current;
                }
            }
        }
        return current;
    }

    private WechatPayClient newClient() {
        if (!config.enabled()) {
            throw new IllegalStateException("WeChat Pay is not enabled (WECHAT_PAY_ENABLED)");
        }
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("WeChat Pay is not configured: missing examreg.payment.wechat." + missing);
        }
        WechatPayClient created = new WechatPayClient(config.baseUrl(), config.mchid().get(), config.appid().get(),
                config.merchantSerialNo().get(),
                WechatPayCrypto.privateKeyFromPem(readKey(config.merchantPrivateKeyPath().get())),
                WechatPayCrypto.publicKeyFromPem(readKey(config.platformPublicKeyPath().get())),
                config.platformSerialNo().get(), config.apiV3Key().get(), config.connectTimeout(),
                config.readTimeout());
        LOG.infof("WeChat Pay Native channel ready: merchant %s at %s", config.mchid().get(), config.baseUrl());
        return created;
    }

    /** Names of the required values that are not configured. */
    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        require(missing, "mchid", config.mchid());
        require(missing, "appid", config.appid());
        require(missing, "merchant-serial-no", config.merchantSerialNo());
        require(missing, "merchant-private-key-path", config.merchantPrivateKeyPath());
        require(missing, "platform-public-key-path", config.platformPublicKeyPath());
        require(missing, "platform-serial-no", config.platformSerialNo());
        require(missing, "api-v3-key", config.apiV3Key());
        return missing;
    }

    private static void require(List<String> missing, String name, Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            missing.add(name);
        }
    }

    private static String readKey(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the WeChat Pay key file " + path, e);
        }
    }
}
