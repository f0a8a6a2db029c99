package cn.examreg.material;

import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.material.MaterialDtos.SlotStatus;

/**
 * When materials may change, in one place. The candidate uploads while the application is a draft or returned
 * for correction; while it is reviewed at the registration point or the site, only missing and rejected
 * materials may be (re)placed; once it has passed the site (area and national review, approved) or ended
 * (rejected, withdrawn) the materials are frozen. Operators decide on materials while the application is under
 * review.
 */
public final class MaterialRules {
    private MaterialRules() {
    }

    /** Materials of an application in this state can change at all. */
    public static boolean editable(State state, Level level) {
        return switch (state) {
            case DRAFT, RETURNED -> true;
            case UNDER_REVIEW -> level == Level.POINT || level == Level.SITE;
            default -> false;
        };
    }

    /** Null when the candidate may upload to a slot in {@code current} status now, else the problem code (409). */
    public static String uploadRefusal(State state, Level level, SlotStatus current) {
        if (!editable(state, level)) {
            return "MATERIALS_FROZEN";
        }
        if (state == State.UNDER_REVIEW && current != SlotStatus.MISSING && current != SlotStatus.REJECTED) {
            return "MATERIAL_IN_REVIEW";
        }
        return null;
    }

    public static boolean reviewable(State state) {
        return state == State.UNDER_REVIEW;
    }

    public static SlotStatus statusOf(Material current) {
        if (current == null) {
            return SlotStatus.MISSING;
        }
        return switch (current.status) {
            case PENDING -> SlotStatus.PENDING_REVIEW;
            case ACCEPTED -> SlotStatus.ACCEPTED;
            case REJECTED -> SlotStatus.REJECTED;
        };
    }
}
