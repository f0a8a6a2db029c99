package cn.examreg.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.CloseResult;
import cn.examreg.payment.channel.PaymentGateway.EventKind;
import cn.examreg.payment.channel.PaymentGateway.PaymentEvent;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.RefundState;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import cn.examreg.payment.wechat.WechatPayStub.SignedNotification;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway bean as the application builds it: from {@code examreg.payment.wechat.*} properties (read here by
 * SmallRye Config, as Quarkus does), enabled only when switched on and complete, keys read on first use.
 */
class WechatPayGatewayTest {
    @TempDir
    Path keyDir;

    static WechatPayGateway gateway(Map<String, String> properties) {
        return new WechatPayGateway(new SmallRyeConfigBuilder()
                .withMapping(WechatPayConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(WechatPayConfig.class));
    }

    @Test
    void applicationPropertiesLeaveTheChannelOffWithoutEnvironment() throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        WechatPayConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withMapping(WechatPayConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties))
                .build()
                .getConfigMapping(WechatPayConfig.class);
        WechatPayGateway gateway = new WechatPayGateway(config);

        assertFalse(config.enabled());
        assertEquals("https://api.mch.weixin.qq.com", config.baseUrl());
        assertTrue(config.mchid().isEmpty());
        assertTrue(config.apiV3Key().isEmpty());
        assertEquals(Duration.ofSeconds(2), config.connectTimeout());
        assertEquals(Duration.ofSeconds(5), config.readTimeout());
        assertEquals(Channel.WECHAT_NATIVE, gateway.channel());
        assertFalse(gateway.enabled());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> gateway.query("T123456"));
        assertTrue(error.getMessage().contains("WECHAT_PAY_ENABLED"), error.getMessage());
    }

    @Test
    void enabledFlagAloneDoesNotEnableTheChannel() {
        WechatPayGateway gateway = gateway(Map.of("examreg.payment.wechat.enabled", "true",
                "examreg.payment.wechat.mchid", WechatPayStub.MCHID));

        assertFalse(gateway.enabled());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> gateway.query("T123456"));
        assertTrue(error.getMessage().contains("api-v3-key"), error.getMessage());
    }

    @Test
    void completeConfigurationWithoutTheFlagDoesNotEnableTheChannel() {
        try (WechatPayStub stub = WechatPayStub.start()) {
            Map<String, String> properties = new HashMap<>(stub.config(keyDir));
            properties.put("examreg.payment.wechat.enabled", "false");

            assertFalse(gateway(properties).enabled());
        }
    }

    @Test
    void readsTheKeysOnFirstUseNotAtStart() {
        try (WechatPayStub stub = WechatPayStub.start()) {
            Map<String, String> properties = new HashMap<>(stub.config(keyDir));
            properties.put("examreg.payment.wechat.merchant-private-key-path", keyDir.resolve("absent.pem").toString());
            WechatPayGateway gateway = gateway(properties);

            assertTrue(gateway.enabled());
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> gateway.query(WechatPayStub.newOrderNumber()));
            assertTrue(error.getMessage().contains("absent.pem"), error.getMessage());
        }
    }

    @Test
    void refusesApiV3KeyOfWrongLengthWithoutShowingIt() {
        try (WechatPayStub stub = WechatPayStub.start()) {
            Map<String, String> properties = new HashMap<>(stub.config(keyDir));
            properties.put("examreg.payment.wechat.api-v3-key", "secret-but-short");

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> gateway(properties).query(WechatPayStub.newOrderNumber()));
            assertTrue(error.getMessage().contains("32 characters"));
            assertFalse(error.getMessage().contains("secret-but-short"));
        }
    }

    @Test
    void paysRefundsAndReconcilesThroughTheStubResourcesProperties() {
        WechatPayStubResource resource = new WechatPayStubResource();
        try {
            WechatPayGateway gateway = gateway(resource.start());
            WechatPayStub stub = resource.stub();
            String no = WechatPayStub.newOrderNumber();

            assertTrue(gateway.enabled());
            assertTrue(gateway.create(WechatPayClientTest.order(no, 45_600)).codeUrl().startsWith("weixin://"));
            assertSame(gateway.client(), gateway.client());
            assertEquals(TradeState.NOTPAY, gateway.query(no).state());

            SignedNotification notification = stub.paymentNotification(no);
            PaymentEvent paid = gateway.parseNotification(notification.headers(), notification.body());
            assertEquals(EventKind.TRANSACTION, paid.kind());
            assertEquals(TradeState.SUCCESS, paid.tradeState());
            assertEquals(CloseResult.ALREADY_PAID, gateway.close(no));

            assertEquals(RefundState.PROCESSING, gateway.refund(new RefundRequest(no, paid.transactionId(), "R" + no,
                    45_600, 45_600, "考生申请退费", null)).state());
            SignedNotification refunded = stub.refundNotification("R" + no);
            assertEquals(RefundState.SUCCESS,
                    gateway.parseNotification(refunded.headers(), refunded.body()).refundState());

            List<BillLine> bill = gateway.statement(paid.successTime().atZone(ZoneId.of("Asia/Shanghai"))
                    .toLocalDate());
            assertNotNull(WechatTradeBillTest.line(bill, no, TradeState.SUCCESS));
            assertEquals(45_600L, WechatTradeBillTest.line(bill, no, TradeState.REFUND).refundFen());
        } finally {
            resource.stop();
        }
    }
}
