package cn.examreg.payment;

import cn.examreg.common.error.ApiException;
import java.util.List;
import java.util.Map;

/**
 * The payment order's states and every allowed transition, in one place. An order is created locally (CREATED),
 * opened at the gateway (PAYING: the QR code and payment number are live), then paid once (PAID), or closed by the
 * candidate (CLOSED) or by the clock (EXPIRED). Refunds take a paid order through REFUNDING to REFUNDED (or back to
 * PAID when the refund failed for good).
 */
public final class PaymentOrderStateMachine {
    private PaymentOrderStateMachine() {
    }

    public enum Status { CREATED, PAYING, PAID, CLOSED, EXPIRED, REFUNDING, REFUNDED }

    public enum Action { OPEN, PAY, CLOSE, EXPIRE, START_REFUND, FINISH_REFUND, FAIL_REFUND }

    private static final Map<Action, List<Status>> FROM = Map.of(
            Action.OPEN, List.of(Status.CREATED),
            Action.PAY, List.of(Status.CREATED, Status.PAYING),
            Action.CLOSE, List.of(Status.CREATED, Status.PAYING),
            Action.EXPIRE, List.of(Status.CREATED, Status.PAYING),
            Action.START_REFUND, List.of(Status.PAID),
            Action.FINISH_REFUND, List.of(Status.REFUNDING),
            Action.FAIL_REFUND, List.of(Status.REFUNDING));

    private static final Map<Action, Status> TO = Map.of(
            Action.OPEN, Status.PAYING,
            Action.PAY, Status.PAID,
            Action.CLOSE, Status.CLOSED,
            Action.EXPIRE, Status.EXPIRED,
            Action.START_REFUND, Status.REFUNDING,
            Action.FINISH_REFUND, Status.REFUNDED,
            Action.FAIL_REFUND, Status.PAID);

    public static boolean allowed(Status from, Action action) {
        return FROM.get(action).contains(from);
    }

    /** The state after {@code action}, or 409 ILLEGAL_ORDER_TRANSITION naming the current state. */
    public static Status apply(Status from, Action action) {
        if (!allowed(from, action)) {
            throw new ApiException(409, "ILLEGAL_ORDER_TRANSITION", from.name(), action.name());
        }
        return TO.get(action);
    }

    /** Open orders can still be paid: they hold the fee's one payable slot. */
    public static boolean isOpen(Status s) {
        return s == Status.CREATED || s == Status.PAYING;
    }

    /** Orders whose payment counts for the fee (open ones hold the slot too). */
    public static boolean holdsFee(Status s) {
        return isOpen(s) || s == Status.PAID || s == Status.REFUNDING;
    }
}
