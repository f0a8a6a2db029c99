package cn.examreg.payment.wechat;

import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.channel.PaymentGateway.BillLine;
import cn.examreg.payment.channel.PaymentGateway.TradeState;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads WeChat Pay's trade bill (交易账单, bill_type=ALL): CSV whose first line names the columns, whose values are
 * prefixed with a back-quote (`) so spreadsheets keep them as text, with amounts in yuan (two decimals) and times in
 * China time; the bill ends with a summary (总交易单数,…) and its values, which are not lines of the bill.
 * Columns are found by name, so their order does not matter.
 */
final class WechatTradeBill {
    static final String TRADE_TIME = "交易时间";
    static final String TRANSACTION_ID = "微信订单号";
    static final String OUT_TRADE_NO = "商户订单号";
    static final String TRADE_STATE = "交易状态";
    static final String SETTLEMENT_AMOUNT = "应结订单金额";
    static final String ORDER_AMOUNT = "订单金额";
    static final String OUT_REFUND_NO = "商户退款单号";
    static final String REFUND_AMOUNT = "退款金额";
    static final String SUMMARY_HEADER = "总交易单数";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WechatTradeBill() {
    }

    /** The bill's lines (payments and refunds) in file order. */
    static List<BillLine> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<BillLine> lines = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = columns(record);
                } else if (SUMMARY_HEADER.equals(value(record, 0))) {
                    break;
                } else {
                    lines.add(line(record, columns));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalArgumentException("trade bill is not CSV", e);
        }
    }

    /** Yuan with at most two decimals ("12.30", "`0.01") to fen, exactly; more decimals are refused. */
    static long fen(String yuan) {
        return new BigDecimal(stripQuote(yuan).trim()).movePointRight(2).longValueExact();
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(value(header, i), i);
        }
        for (String required : List.of(TRADE_TIME, TRANSACTION_ID, OUT_TRADE_NO, TRADE_STATE, OUT_REFUND_NO,
                REFUND_AMOUNT)) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("trade bill has no column " + required);
            }
        }
        if (!columns.containsKey(ORDER_AMOUNT) && !columns.containsKey(SETTLEMENT_AMOUNT)) {
            throw new IllegalArgumentException("trade bill has no amount column");
        }
        return columns;
    }

    private static BillLine line(CSVRecord record, Map<String, Integer> columns) {
        TradeState state = WechatPayJson.tradeState(cell(record, columns, TRADE_STATE));
        Instant time = LocalDateTime.parse(cell(record, columns, TRADE_TIME), TIME).atZone(ChinaTime.ZONE).toInstant();
        String amountColumn = columns.containsKey(ORDER_AMOUNT) ? ORDER_AMOUNT : SETTLEMENT_AMOUNT;
        long amountFen = fen(cell(record, columns, amountColumn));
        boolean refund = state == TradeState.REFUND;
        return new BillLine(time, cell(record, columns, OUT_TRADE_NO), cell(record, columns, TRANSACTION_ID), state,
                amountFen, refund ? cell(record, columns, OUT_REFUND_NO) : null,
                refund ? fen(cell(record, columns, REFUND_AMOUNT)) : null);
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        if (index >= record.size()) {
            throw new IllegalArgumentException("trade bill line " + record.getRecordNumber() + " has no " + name);
        }
        return value(record, index);
    }

    private static String value(CSVRecord record, int index) {
        return stripQuote(record.get(index)).trim();
    }

    private static String stripQuote(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("`") ? trimmed.substring(1) : trimmed;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
