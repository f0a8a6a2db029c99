package cn.examreg.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the operator-account endpoints. */
public final class OperatorDtos {
    private OperatorDtos() {
    }

    @Schema(description = "Operator role: registration point, exam site, exam area, national centre, finance")
    public enum OperatorRole { REGISTRATION_POINT, SITE, AREA, NATIONAL, FINANCE }

    @Schema(description = "A new operator account. Scope: AREA needs areaCode; SITE areaCode and siteCode; "
            + "REGISTRATION_POINT all three; NATIONAL none; FINANCE optionally an area. The account must change "
            + "its initial password at first login.")
    public record OperatorCreate(
            @Schema(required = true, examples = "hunan_area01") @NotBlank @Size(max = 32) String username,
            @Schema(required = true, examples = "湖南考区 李老师") @NotBlank @Size(max = 64) String displayName,
            @Schema(required = true, examples = "AREA") @NotNull OperatorRole role,
            @Schema(description = "Exam area (province) code, 2 digits", examples = "43") @Size(max = 16) String areaCode,
            @Schema(description = "Exam site code", examples = "4301") @Size(max = 32) String siteCode,
            @Schema(description = "Registration point code", examples = "430101") @Size(max = 32) String pointCode,
            @Schema(required = true, description = "8–64 letters and digits, both present", examples = "Init2026pass")
            @NotBlank @Size(max = 64) String initialPassword) {
    }

    @Schema(description = "An operator account")
    public record OperatorView(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "hunan_area01") String username,
            @Schema(examples = "湖南考区 李老师") String displayName,
            @Schema(required = true, examples = "AREA") String role,
            @Schema(examples = "43") String areaCode,
            @Schema(examples = "4301") String siteCode,
            @Schema(examples = "430101") String pointCode,
            @Schema(required = true) boolean mustChangePassword,
            @Schema(required = true) boolean enabled,
            @Schema(required = true) Instant createdAt) {
        static OperatorView of(Account a) {
            return new OperatorView(a.id, a.username, a.displayName, a.role, a.areaCode, a.siteCode, a.pointCode,
                    a.mustChangePassword, a.enabled, a.createdAt);
        }
    }
}
