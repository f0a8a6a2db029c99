package cn.examreg.application;

import cn.examreg.common.error.ApiException;
import java.util.List;

/**
 * The application's states and every allowed transition, in one place. Review runs level by level:
 * registration point → exam site → exam area → national. Each level approves (on to the next level, or
 * APPROVED after national), rejects (final) or returns for correction; the candidate's resubmission resumes
 * review at the level that returned it.
 */
public final class ApplicationStateMachine {
    private ApplicationStateMachine() {
    }

    public enum State { DRAFT, UNDER_REVIEW, RETURNED, APPROVED, REJECTED, WITHDRAWN }

    public enum Level {
        POINT, SITE, AREA, NATIONAL;

        Level next() {
            return this == NATIONAL ? null : values()[ordinal() + 1];
        }
    }

    public enum Action { SUBMIT, APPROVE, REJECT, RETURN, WITHDRAW }

    /** Where a transition leads: the new state and the level now reviewing (or that returned it). */
    public record Outcome(State state, Level level) {
    }

    /** The states from which each action is allowed. */
    private static final java.util.Map<Action, List<State>> ALLOWED = java.util.Map.of(
            Action.SUBMIT, List.of(State.DRAFT, State.RETURNED),
            Action.APPROVE, List.of(State.UNDER_REVIEW),
            Action.REJECT, List.of(State.UNDER_REVIEW),
            Action.RETURN, List.of(State.UNDER_REVIEW),
            Action.WITHDRAW, List.of(State.DRAFT, State.UNDER_REVIEW, State.RETURNED));

    public static boolean allowed(State from, Action action) {
        return ALLOWED.get(action).contains(from);
    }

    /** The outcome of {@code action} on an application in {@code from} at {@code level}, or 409 naming the state. */
    public static Outcome apply(State from, Level level, Action action) {
        if (!allowed(from, action)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", from.name(), action.name());
        }
        return switch (action) {
            case SUBMIT -> new Outcome(State.UNDER_REVIEW, from == State.RETURNED && level != null ? level : Level.POINT);
            case APPROVE -> level.next() == null
                    ? new Outcome(State.APPROVED, Level.NATIONAL)
                    : new Outcome(State.UNDER_REVIEW, level.next());
            case REJECT -> new Outcome(State.REJECTED, level);
            case RETURN -> new Outcome(State.RETURNED, level);
            case WITHDRAW -> new Outcome(State.WITHDRAWN, null);
        };
    }

    /** A live application blocks another for the same exam. */
    public static boolean isLive(State state) {
        return state != State.WITHDRAWN && state != State.REJECTED;
    }
}
