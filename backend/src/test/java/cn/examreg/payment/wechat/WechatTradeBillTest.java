package cn.examreg.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.GatewayUnavailable;
import cn.examreg.payment.channel.PaymentGateway.RefundRequest;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trade bill: downloaded only when its SHA-1 matches, read with back-quotes stripped and yuan turned to fen. */
class WechatTradeBillTest {
    /** WeChat's documented sample (bill_type=ALL) with a refund line added; amounts like `0.0 and `0 occur. */
    static final String SAMPLE = """
            交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,\
            应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,\
            订单金额,申请退款金额,费率备注
            `2014-11-10 16:33:45,`wx2421b1c4370ec43b,`10000100,`0,`1000,`1001690740201411100005734289,`1415640626,\
            `085e9858e3ba5186aafcbaed1,`MICROPAY,`SUCCESS,`OTHERS,`CNY,`0.01,`0.0,`0,`0,`0,`0,`,`,`被扫支付测试,`订单额外描述,\
            `0,`0.60%,`0.01,`0,`
            `2014-11-10 16:46:14,`wx2421b1c4370ec43b,`10000100,`0,`1000,`1002780340201411100005729794,`1415635270,\
            `085e9858e90ca40c0b5aee463,`MICROPAY,`SUCCESS,`OTHERS,`CNY,`456.00,`0.0,`0,`0,`0,`0,`,`,`被扫支付测试,`订单额外描述,\
            `0,`0.60%,`456.00,`0,`
            `2014-11-10 18:02:31,`wx2421b1c4370ec43b,`10000100,`0,`1000,`1002780340201411100005729794,`1415635270,\
            `085e9858e90ca40c0b5aee463,`MICROPAY,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50000000382019052709732678859,`R1415635270,\
            `200.29,`0.00,`ORIGINAL,`SUCCESS,`被扫支付测试,`订单额外描述,`0.00000,`0.60%,`456.00,`200.29,`
            总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额
            `3,`456.01,`200.29,`0.0,`0,`456.01,`200.29
            """;

    static WechatPayStub stub;
    static WechatPayClient client;

    @BeforeAll
    static void start() {
        stub = WechatPayStub.start();
        client = stub.newClient();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void readsWeChatsSampleBillWithoutItsSummary() {
        LocalDate day = LocalDate.of(2014, 11, 10);
        stub.putBill(day, SAMPLE);

        List<BillLine> lines = client.tradeBill(day);

        assertEquals(List.of(
                new BillLine(chinaTime("2014-11-10T16:33:45"), "1415640626", "1001690740201411100005734289",
                        TradeState.SUCCESS, 1, null, null),
                new BillLine(chinaTime("2014-11-10T16:46:14"), "1415635270", "1002780340201411100005729794",
                        TradeState.SUCCESS, 45_600, null, null),
                new BillLine(chinaTime("2014-11-10T18:02:31"), "1415635270", "1002780340201411100005729794",
                        TradeState.REFUND, 45_600, "R1415635270", 20_029L)), lines);
    }

    @Test
    void downloadsTheDaysBillWithTheOrdersPaidAndRefunded() {
        String paid = WechatPayStub.newOrderNumber();
        String refunded = WechatPayStub.newOrderNumber();
        client.createNative(WechatPayClientTest.order(paid, 29));
        client.createNative(WechatPayClientTest.order(refunded, 1_999));
        String transactionId = stub.pay(paid).transactionId();
        stub.pay(refunded);
        client.refund(new RefundRequest(refunded, null, "R" + refunded, 1_000, 1_999, null, null));

        LocalDate day = stub.order(paid).successTime().atZone(ChinaTime.ZONE).toLocalDate();

        List<BillLine> lines = client.tradeBill(day);

        BillLine payment = line(lines, paid, TradeState.SUCCESS);
        assertEquals(transactionId, payment.transactionId());
        assertEquals(29, payment.amountFen());
        assertEquals(stub.order(paid).successTime().truncatedTo(ChronoUnit.SECONDS), payment.tradeTime());
        assertEquals(1_999, line(lines, refunded, TradeState.SUCCESS).amountFen());
        BillLine refund = line(lines, refunded, TradeState.REFUND);
        assertEquals("R" + refunded, refund.outRefundNo());
        assertEquals(1_000L, refund.refundFen());
    }

    @Test
    void refusesBillWhoseHashDoesNotMatch() {
        LocalDate day = LocalDate.of(2014, 11, 10);
        stub.putBill(day, SAMPLE);
        stub.reportWrongBillHash();

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.tradeBill(day));

        assertTrue(error.getMessage().contains("does not match its hash_value"), error.getMessage());
    }

    @Test
    void dayWithoutStatementIsAnErrorToRetryLater() {
        WechatPayError error = assertThrows(WechatPayError.class, () -> client.tradeBill(LocalDate.of(2001, 1, 1)));

        assertEquals("NO_STATEMENT_EXIST", error.code());
    }

    @Test
    void billWithoutARequiredColumnIsUnreadable() {
        LocalDate day = LocalDate.of(2014, 11, 11);
        stub.putBill(day, SAMPLE.replace("商户订单号", "订单号"));

        GatewayUnavailable error = assertThrows(GatewayUnavailable.class, () -> client.tradeBill(day));

        assertTrue(error.getMessage().contains("no column 商户订单号"), error.getMessage());
    }

    @Test
    void readsBillWithByteOrderMarkAndCrLf() {
        List<BillLine> lines = WechatTradeBill.parse("\uFEFF" + SAMPLE.replace("\n", "\r\n"));

        assertEquals(3, lines.size());
        assertEquals("1415640626", lines.get(0).outTradeNo());
    }

    @ParameterizedTest
    @CsvSource({"`0.01, 1", "0.29, 29", "`19.99, 1999", "`1234.50, 123450", "`0.0, 0", "`0, 0", "456, 45600",
            "`0.57, 57"})
    void convertsYuanToFenExactly(String yuan, long fen) {
        assertEquals(fen, WechatTradeBill.fen(yuan));
    }

    @ParameterizedTest
    @ValueSource(strings = {"`0.001", "1.005", "abc", "`"})
    void refusesAmountsThatAreNotWholeFen(String yuan) {
        assertThrows(RuntimeException.class, () -> WechatTradeBill.fen(yuan));
    }

    static BillLine line(List<BillLine> lines, String outTradeNo, TradeState state) {
        return lines.stream().filter(l -> l.outTradeNo().equals(outTradeNo) && l.state() == state).findFirst()
                .orElseThrow(() -> new AssertionError("no " + state + " line for " + outTradeNo + " in " + lines));
    }

    static Instant chinaTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant();
    }
}
