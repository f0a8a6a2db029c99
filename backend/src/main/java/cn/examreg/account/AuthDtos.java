package cn.examreg.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the authentication endpoints. */
public final class AuthDtos {
    private AuthDtos() {
    }

    @Schema(description = "Credentials of a candidate or an operator")
    public record LoginRequest(
            @Schema(required = true, examples = "zhangsan01") @NotBlank @Size(max = 64) String username,
            @Schema(required = true, examples = "Passw0rd2026") @NotBlank @Size(max = 64) String password) {
    }

    @Schema(description = "An access token and what the client needs to route the user")
    public record TokenResponse(
            @Schema(required = true, description = "RS256 JWT to send as `Authorization: Bearer …`") String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "Seconds until the token expires", examples = "1800") long expiresIn,
            @Schema(required = true, enumeration = {"CANDIDATE", "REGISTRATION_POINT", "SITE", "AREA", "NATIONAL", "FINANCE"},
                    examples = "CANDIDATE") String role,
            @Schema(required = true, description = "When true the token only allows POST /api/v1/auth/password")
            boolean mustChangePassword,
            @Schema(required = true, examples = "zhangsan01") String username) {
    }

    @Schema(description = "Change of the caller's own password; a bulk-created account also sets its recovery question here")
    public record PasswordChangeRequest(
            @Schema(required = true, examples = "Init2026pass") @NotBlank @Size(max = 64) String currentPassword,
            @Schema(required = true, description = "8–64 letters and digits, both present, case-sensitive",
                    examples = "NewPassw0rd") @NotBlank @Size(max = 64) String newPassword,
            @Schema(description = "Recovery question (required when the account has none yet)", examples = "我的小学校名？")
            @Size(max = 100) String securityQuestion,
            @Schema(description = "Answer of 4–30 characters (required with securityQuestion)", examples = "实验小学")
            @Size(max = 30) String securityAnswer) {
    }

    @Schema(description = "Identifies a candidate for password recovery")
    public record ResetQuestionRequest(
            @Schema(required = true, examples = "张三") @NotBlank @Size(max = 64) String name,
            @Schema(required = true, examples = "RESIDENT_ID") @jakarta.validation.constraints.NotNull cn.examreg.candidate.rules.DocumentType documentType,
            @Schema(required = true, examples = "11010519900307123X") @NotBlank @Size(max = 32) String documentNumber) {
    }

    @Schema(description = "The recovery question the candidate chose")
    public record ResetQuestion(@Schema(required = true, examples = "我的小学校名？") String question) {
    }

    @Schema(description = "Password recovery by the security answer")
    public record PasswordResetRequest(
            @Schema(required = true, examples = "张三") @NotBlank @Size(max = 64) String name,
            @Schema(required = true, examples = "RESIDENT_ID") @jakarta.validation.constraints.NotNull cn.examreg.candidate.rules.DocumentType documentType,
            @Schema(required = true, examples = "11010519900307123X") @NotBlank @Size(max = 32) String documentNumber,
            @Schema(required = true, examples = "实验小学") @NotBlank @Size(max = 30) String securityAnswer,
            @Schema(required = true, examples = "NewPassw0rd") @NotBlank @Size(max = 64) String newPassword) {
    }
}
