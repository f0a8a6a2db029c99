package cn.examreg.account;

import cn.examreg.account.AuthDtos.LoginRequest;
import cn.examreg.account.AuthDtos.PasswordChangeRequest;
import cn.examreg.account.AuthDtos.PasswordResetRequest;
import cn.examreg.account.AuthDtos.ResetQuestion;
import cn.examreg.account.AuthDtos.ResetQuestionRequest;
import cn.examreg.account.AuthDtos.TokenResponse;
import cn.examreg.candidate.PasswordRecoveryService;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Login for candidates and operators, password change and recovery")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    AuthService auth;
    @Inject
    PasswordRecoveryService recovery;
    @Inject
    CurrentUser currentUser;
    @Inject
    Validator validator;

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in", description = "Returns a short-lived access token. After repeated wrong passwords "
            + "the account is locked for a while (423). An account created in bulk must change its password first: "
            + "its token then only allows POST /api/v1/auth/password (`mustChangePassword` is true).")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(responseCode = "401", description = "Wrong username or password (code INVALID_CREDENTIALS)")
    @APIResponse(responseCode = "423", description = "Locked after too many failed attempts (code ACCOUNT_LOCKED)")
    public TokenResponse login(LoginRequest request) {
        Violations.validate(validator, request);
        return auth.login(request);
    }

    @POST
    @Path("/password")
    @RolesAllowed({Roles.PASSWORD_CHANGE, Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA,
            Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "Change my password", description = "Needs the current password. Clears the "
            + "must-change-password flag; log in again afterwards. An account without a recovery question "
            + "(bulk-created) must set one here.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "423", description = "Locked after too many failed attempts (code ACCOUNT_LOCKED)")
    public void changePassword(PasswordChangeRequest request) {
        Violations.validate(validator, request);
        auth.changePassword(currentUser.accountId(), request);
    }

    @POST
    @Path("/password-reset/question")
    @PermitAll
    @Operation(summary = "Show my recovery question", description = "Identify with name, document type and number; "
            + "returns the question chosen at registration.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No candidate with that name and document (code RECOVERY_IDENTITY_UNKNOWN)")
    public ResetQuestion question(ResetQuestionRequest request) {
        Violations.validate(validator, request);
        return recovery.question(request);
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(summary = "Recover my password", description = "Sets a new password when name, document and the "
            + "security answer match. Wrong answers count as failed logins and lock the account.")
    @APIResponse(responseCode = "204", description = "Password reset; log in with the new one")
    @APIResponse(responseCode = "404", description = "No candidate with that name and document (code RECOVERY_IDENTITY_UNKNOWN)")
    @APIResponse(responseCode = "423", description = "Locked after too many failed attempts (code ACCOUNT_LOCKED)")
    public void reset(PasswordResetRequest request) {
        Violations.validate(validator, request);
        recovery.reset(request);
    }
}
