package cn.examreg.payment.wechat;

import cn.examreg.payment.channel.PaymentGateway.GatewayUnavailable;

/**
 * WeChat Pay answered with an error: its HTTP status and error code (PARAM_ERROR, SIGN_ERROR, SYSTEM_ERROR,
 * FREQUENCY_LIMITED, NO_STATEMENT_EXIST, …; null when the body carried none). A {@link GatewayUnavailable}, so
 * callers that only retry later need not know about it.
 */
public class WechatPayError extends GatewayUnavailable {
    private final int status;
    private final String code;

    public WechatPayError(int status, String code, String message) {
        super("WeChat Pay answered " + status + (code == null ? "" : " " + code)
                + (message == null ? "" : ": " + message), null);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
