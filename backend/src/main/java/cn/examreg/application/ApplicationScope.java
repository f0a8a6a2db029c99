package cn.examreg.application;

import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.candidate.CandidateService;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Who may see and review which application: a candidate only their own; operators only submitted applications
 * in their scope (registration point and site: their site; area: their area; national and finance: all).
 * Anything outside the caller's scope is reported as not found.
 */
@ApplicationScoped
public class ApplicationScope {
    @Inject
    CurrentUser currentUser;
    @Inject
    CandidateService candidates;

    /** The application if the caller may read it, else 404. */
    public Application readable(String id) {
        return check(Application.findById(id));
    }

    /** The application locked for a decision, if the caller may read it, else 404. */
    public Application lockedForReview(String id) {
        return check(Application.lockedById(id));
    }

    private Application check(Application a) {
        if (a == null || !mayRead(a)) {
            throw ApiException.notFound("application");
        }
        return a;
    }

    public boolean isCandidate() {
        return Roles.CANDIDATE.equals(currentUser.role());
    }

    public boolean mayRead(Application a) {
        if (isCandidate()) {
            return a.candidateId.equals(candidates.currentCandidate().id);
        }
        if (a.state == State.DRAFT) {
            return false;
        }
        String role = currentUser.role();
        return switch (role == null ? "" : role) {
            case Roles.NATIONAL -> true;
            case Roles.FINANCE -> currentUser.areaCode() == null || currentUser.areaCode().equals(a.areaCode);
            case Roles.AREA -> same(currentUser.areaCode(), a.areaCode);
            case Roles.SITE, Roles.REGISTRATION_POINT -> same(currentUser.areaCode(), a.areaCode)
                    && same(currentUser.siteCode(), a.siteCode);
            default -> false;
        };
    }

    /** The review level the caller's role decides at, or null (candidates, finance). */
    public Level callerLevel() {
        return LEVELS.get(currentUser.role() == null ? "" : currentUser.role());
    }

    /** JPQL condition and parameters restricting a queue query (alias a) to the caller's scope. */
    String queueCondition(Map<String, Object> params) {
        String role = currentUser.role();
        switch (role == null ? "" : role) {
            case Roles.NATIONAL:
                return "a.state <> 'DRAFT'";
            case Roles.FINANCE:
                if (currentUser.areaCode() == null) {
                    return "a.state <> 'DRAFT'";
                }
                params.put("scopeArea", currentUser.areaCode());
                return "a.state <> 'DRAFT' and a.areaCode = :scopeArea";
            case Roles.AREA:
                params.put("scopeArea", currentUser.areaCode());
                return "a.state <> 'DRAFT' and a.areaCode = :scopeArea";
            case Roles.SITE:
            case Roles.REGISTRATION_POINT:
                params.put("scopeArea", currentUser.areaCode());
                params.put("scopeSite", currentUser.siteCode());
                return "a.state <> 'DRAFT' and a.areaCode = :scopeArea and a.siteCode = :scopeSite";
            case Roles.CANDIDATE:
                params.put("scopeCandidate", candidates.currentCandidate().id);
                return "a.candidateId = :scopeCandidate";
            default:
                throw ApiException.forbidden();
        }
    }

    private static final Map<String, Level> LEVELS = Map.of(
            Roles.REGISTRATION_POINT, Level.POINT, Roles.SITE, Level.SITE, Roles.AREA, Level.AREA,
            Roles.NATIONAL, Level.NATIONAL);

    /** Equal and present: an operator without an area or site code matches nothing. */
    private static boolean same(String scope, String value) {
        return scope != null && scope.equals(value);
    }
}
