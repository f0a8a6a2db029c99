package cn.examreg.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, extended with a machine-readable {@code code} and field {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(required = true, examples = "urn:examreg:problem:validation-failed") String type,
        @Schema(required = true, examples = "请求数据有误") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(examples = "1 个字段未通过校验") String detail,
        @Schema(examples = "/api/v1/candidates") String instance,
        @Schema(required = true, description = "Machine-readable error code", examples = "VALIDATION_FAILED") String code,
        @Schema(description = "Field-level errors, for VALIDATION_FAILED and similar") List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
