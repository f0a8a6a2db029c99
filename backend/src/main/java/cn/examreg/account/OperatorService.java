package cn.examreg.account;

import cn.examreg.account.OperatorDtos.OperatorCreate;
import cn.examreg.account.OperatorDtos.OperatorRole;
import cn.examreg.account.OperatorDtos.OperatorView;
import cn.examreg.candidate.rules.PasswordPolicy;
import cn.examreg.candidate.rules.Usernames;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.PasswordHasher;
import cn.examreg.common.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Operator accounts. A national administrator creates any; an area operator creates site and
 * registration-point operators inside its own area; a site operator creates registration points of its site.
 */
@ApplicationScoped
public class OperatorService {
    private static final Pattern AREA = Pattern.compile("\\d{2}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");

    @Inject
    PasswordHasher hasher;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    @Transactional
    public OperatorView create(OperatorCreate r) {
        Violations v = new Violations();
        String username = Usernames.normalize(r.username());
        v.check("username", Usernames.check(username));
        v.check("initialPassword", PasswordPolicy.check(r.initialPassword(), username));
        OperatorRole role = r.role();
        boolean needsArea = role == OperatorRole.AREA || role == OperatorRole.SITE || role == OperatorRole.REGISTRATION_POINT;
        boolean needsSite = role == OperatorRole.SITE || role == OperatorRole.REGISTRATION_POINT;
        boolean needsPoint = role == OperatorRole.REGISTRATION_POINT;
        scope(v, "areaCode", r.areaCode(), needsArea, role != OperatorRole.NATIONAL, AREA, "AREA_CODE_FORMAT");
        scope(v, "siteCode", r.siteCode(), needsSite, needsSite, CODE, "SCOPE_CODE_FORMAT");
        scope(v, "pointCode", r.pointCode(), needsPoint, needsPoint, CODE, "SCOPE_CODE_FORMAT");
        v.throwIfAny();
        assertMayCreate(role, r.areaCode(), r.siteCode());
        if (Account.byUsername(username).isPresent()) {
            throw new ApiException(409, "USERNAME_TAKEN", List.of(new ApiException.FieldError("username", "USERNAME_TAKEN")));
        }
        Account a = new Account();
        a.username = username;
        a.displayName = r.displayName().trim();
        a.kind = Account.OPERATOR;
        a.role = role.name();
        a.areaCode = blankToNull(r.areaCode());
        a.siteCode = blankToNull(r.siteCode());
        a.pointCode = blankToNull(r.pointCode());
        a.passwordHash = hasher.hash(r.initialPassword());
        a.mustChangePassword = true;
        a.persistAndFlush();
        audit.record("OPERATOR_CREATED", "account", a.id, null, Map.of("username", a.username, "role", a.role,
                "areaCode", String.valueOf(a.areaCode), "siteCode", String.valueOf(a.siteCode)), null);
        return OperatorView.of(a);
    }

    /** The operators the caller may see: all for national; their area's for area; their site's for site. */
    public List<OperatorView> list() {
        String role = currentUser.role();
        List<Account> accounts = switch (role) {
            case Roles.NATIONAL -> Account.list("kind", Sort.by("createdAt"), Account.OPERATOR);
            case Roles.AREA -> Account.list("kind = ?1 and areaCode = ?2", Sort.by("createdAt"), Account.OPERATOR,
                    currentUser.areaCode());
            case Roles.SITE -> Account.list("kind = ?1 and areaCode = ?2 and siteCode = ?3", Sort.by("createdAt"),
                    Account.OPERATOR, currentUser.areaCode(), currentUser.siteCode());
            default -> throw ApiException.forbidden();
        };
        return accounts.stream().map(OperatorView::of).toList();
    }

    /** Creates the first national administrator from configuration when it does not exist yet. */
    @Transactional
    public boolean ensureAdmin(String username, String password) {
        String normalised = Usernames.normalize(username);
        if (Account.byUsername(normalised).isPresent()) {
            return false;
        }
        Account a = new Account();
        a.username = normalised;
        a.displayName = "National administrator";
        a.kind = Account.OPERATOR;
        a.role = Roles.NATIONAL;
        a.passwordHash = hasher.hash(password);
        a.persist();
        audit.recordAs(null, "SYSTEM", "OPERATOR_CREATED", "account", a.id, null,
                Map.of("username", a.username, "role", a.role), "bootstrap administrator from configuration");
        return true;
    }

    private void assertMayCreate(OperatorRole role, String areaCode, String siteCode) {
        String caller = currentUser.role();
        boolean allowed = switch (caller) {
            case Roles.NATIONAL -> true;
            case Roles.AREA -> (role == OperatorRole.SITE || role == OperatorRole.REGISTRATION_POINT)
                    && currentUser.areaCode().equals(areaCode);
            case Roles.SITE -> role == OperatorRole.REGISTRATION_POINT && currentUser.areaCode().equals(areaCode)
                    && currentUser.siteCode().equals(siteCode);
            default -> false;
        };
        if (!allowed) {
            throw new ApiException(403, "FORBIDDEN", List.of(new ApiException.FieldError("role", "ROLE_NOT_ALLOWED")));
        }
    }

    private static void scope(Violations v, String field, String value, boolean required, boolean allowed,
                              Pattern pattern, String rule) {
        boolean present = value != null && !value.isBlank();
        if (required && !present) {
            v.check(field, "SCOPE_REQUIRED");
        } else if (present && !allowed) {
            v.check(field, "NOT_APPLICABLE");
        } else if (present && !pattern.matcher(value.trim()).matches()) {
            v.check(field, rule);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
