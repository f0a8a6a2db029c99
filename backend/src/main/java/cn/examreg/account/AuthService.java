package cn.examreg.account;

import cn.examreg.account.AuthDtos.LoginRequest;
import cn.examreg.account.AuthDtos.PasswordChangeRequest;
import cn.examreg.account.AuthDtos.TokenResponse;
import cn.examreg.candidate.rules.PasswordPolicy;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Login with lockout, password change and the shared failed-attempt bookkeeping. */
@ApplicationScoped
public class AuthService {
    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    PasswordHasher hasher;
    @Inject
    TokenService tokens;
    @Inject
    AuditLog audit;
    @ConfigProperty(name = "examreg.auth.max-failed-logins")
    int maxFailedLogins;
    @ConfigProperty(name = "examreg.auth.lockout")
    Duration lockout;

    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse login(LoginRequest request) {
        Account account = Account.byUsername(request.username().trim().toLowerCase(Locale.ROOT)).orElse(null);
        if (account == null) {
            hasher.verifyDummy(request.password());
            throw new ApiException(401, "INVALID_CREDENTIALS");
        }
        assertUsable(account);
        if (!hasher.verify(request.password(), account.passwordHash)) {
            recordFailure(account);
            throw new ApiException(401, "INVALID_CREDENTIALS");
        }
        if (account.failedLogins > 0) {
            Account.update("failedLogins = 0 where id = ?1", account.id);
        }
        return new TokenResponse(tokens.issue(account), "Bearer", tokens.lifetimeSeconds(),
                account.role, account.mustChangePassword, account.username);
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public void changePassword(String accountId, PasswordChangeRequest request) {
        Account account = Account.<Account>findByIdOptional(accountId).orElseThrow(() -> new ApiException(401, "UNAUTHORIZED"));
        assertUsable(account);
        if (!hasher.verify(request.currentPassword(), account.passwordHash)) {
            recordFailure(account);
            throw ApiException.invalid("currentPassword", "CURRENT_PASSWORD_WRONG");
        }
        Violations violations = new Violations()
                .check("newPassword", PasswordPolicy.check(request.newPassword(), account.username));
        if (request.newPassword().equals(request.currentPassword())) {
            violations.check("newPassword", "PASSWORD_UNCHANGED");
        }
        boolean settingQuestion = request.securityQuestion() != null && !request.securityQuestion().isBlank();
        if (account.securityAnswerHash == null || settingQuestion) {
            violations.require("securityQuestion", request.securityQuestion());
            violations.require("securityAnswer", request.securityAnswer());
            if (request.securityAnswer() != null && !request.securityAnswer().isBlank()) {
                violations.check("securityAnswer", PasswordPolicy.checkSecurityAnswer(request.securityAnswer()));
            }
        }
        violations.throwIfAny();
        boolean wasForced = account.mustChangePassword;
        account.passwordHash = hasher.hash(request.newPassword());
        account.mustChangePassword = false;
        account.failedLogins = 0;
        account.passwordChangedAt = Instant.now();
        if (request.securityQuestion() != null && !request.securityQuestion().isBlank()) {
            account.securityQuestion = request.securityQuestion().trim();
            account.securityAnswerHash = hasher.hash(normaliseAnswer(request.securityAnswer()));
        }
        audit.recordAs(account.id, account.role, "PASSWORD_CHANGED", "account", account.id,
                Map.of("mustChangePassword", wasForced), Map.of("mustChangePassword", false), null);
    }

    /** Sets a new password after a successful recovery (the caller has checked identity and answer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resetPassword(Account account, String newPassword) {
        String rule = PasswordPolicy.check(newPassword, account.username);
        new Violations().check("newPassword", rule).throwIfAny();
        account.passwordHash = hasher.hash(newPassword);
        account.failedLogins = 0;
        account.lockedUntil = null;
        account.passwordChangedAt = Instant.now();
        audit.recordAs(account.id, account.role, "PASSWORD_RESET", "account", account.id, null, null,
                "security answer");
    }

    /** 423 while the account is locked; 403 when disabled. */
    public void assertUsable(Account account) {
        if (!account.enabled) {
            throw new ApiException(403, "ACCOUNT_DISABLED");
        }
        if (account.isLocked(Instant.now())) {
            throw new ApiException(423, "ACCOUNT_LOCKED", CHINA_TIME.format(account.lockedUntil));
        }
    }

    /**
     * Counts a failed attempt with an atomic update (safe under concurrent attempts) and locks the account
     * when the limit is reached; the attempt that reaches it is answered with 423 at once.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApiException.class)
    public void recordFailure(Account account) {
        Account.update("failedLogins = failedLogins + 1 where id = ?1", account.id);
        Instant until = Instant.now().plus(lockout);
        int locked = Account.update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3",
                until, account.id, maxFailedLogins);
        if (locked > 0) {
            audit.recordAs(account.id, account.role, "ACCOUNT_LOCKED", "account", account.id, null,
                    Map.of("lockedUntil", until.toString()), "too many failed attempts");
            throw new ApiException(423, "ACCOUNT_LOCKED", CHINA_TIME.format(until));
        }
    }

    public boolean verifyAnswer(Account account, String answer) {
        return account.securityAnswerHash != null && hasher.verify(normaliseAnswer(answer), account.securityAnswerHash);
    }

    public String hashAnswer(String answer) {
        return hasher.hash(normaliseAnswer(answer));
    }

    private static String normaliseAnswer(String answer) {
        return answer == null ? "" : answer.trim();
    }
}
