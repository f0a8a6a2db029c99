package cn.examreg.application;

import cn.examreg.application.ApplicationDtos.ApplicationView;
import cn.examreg.application.ApplicationDtos.Decision;
import cn.examreg.application.ApplicationDtos.ReviewRequest;
import cn.examreg.application.ApplicationStateMachine.Action;
import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.Outcome;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.candidate.CandidateService;
import cn.examreg.candidate.ProfileEntryService;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A review decision by an operator of the level now reviewing, within scope. The row is locked for the
 * decision, so of two simultaneous reviews one applies and the other finds the new state (409).
 */
@ApplicationScoped
public class ReviewService {
    @Inject
    ApplicationScope scope;
    @Inject
    ApplicationService applications;
    @Inject
    CandidateService candidates;
    @Inject
    ProfileEntryService entries;

    @Transactional
    public ApplicationView review(String id, ReviewRequest r, Locale locale) {
        Application a = scope.lockedForReview(id);
        Action action = switch (r.decision()) {
            case APPROVE -> Action.APPROVE;
            case REJECT -> Action.REJECT;
            case RETURN -> Action.RETURN;
        };
        if (!ApplicationStateMachine.allowed(a.state, action)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", a.state.name(), action.name());
        }
        Level level = scope.callerLevel();
        if (level == null) {
            throw ApiException.forbidden();
        }
        if (level != a.reviewLevel) {
            throw new ApiException(409, "REVIEW_LEVEL_MISMATCH", a.reviewLevel.name(), level.name());
        }
        Violations v = new Violations();
        if (r.decision() != Decision.APPROVE) {
            v.require("reason", r.reason());
        }
        if (level == Level.SITE && r.decision() == Decision.APPROVE && !Boolean.TRUE.equals(r.identityVerified())) {
            v.check("identityVerified", "IDENTITY_CHECK_REQUIRED");
        }
        List<String> verified = r.verifiedEntryIds() == null ? List.of() : r.verifiedEntryIds();
        if (!a.entryIds().containsAll(verified)) {
            v.check("verifiedEntryIds", "ENTRY_NOT_IN_APPLICATION");
        }
        v.throwIfAny();

        Outcome outcome = ApplicationStateMachine.apply(a.state, a.reviewLevel, action);
        State from = a.state;
        a.state = outcome.state();
        a.reviewLevel = outcome.level();
        if (Boolean.TRUE.equals(r.identityVerified()) && level == Level.SITE) {
            a.identityVerified = true;
            candidates.markIdentityVerified(a.candidateId);
        }
        entries.markVerified(a.candidateId, verified);
        switch (a.state) {
            case RETURNED -> applications.releaseEntries(a);
            case REJECTED -> {
                a.liveKey = null;
                a.decidedAt = Instant.now();
                applications.releaseEntries(a);
            }
            case APPROVED -> a.decidedAt = Instant.now();
            default -> {
            }
        }
        a.persistAndFlush();
        applications.event(a, action.name(), from, a.state, level, blank(r.reason()));
        return applications.view(a, candidates.find(a.candidateId), locale);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
