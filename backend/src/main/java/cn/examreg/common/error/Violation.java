package cn.examreg.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field-level error of a problem: the JSON path of the field, the rule it broke and a localised message. */
@Schema(description = "A field that broke a rule")
public record Violation(
        @Schema(required = true, description = "JSON path of the field in the request", examples = "documentNumber")
        String field,
        @Schema(required = true, description = "Machine-readable rule code", examples = "RESIDENT_ID_CHECK_CHARACTER")
        String code,
        @Schema(required = true, description = "Localised message (Chinese by default, English with Accept-Language: en)",
                examples = "身份证号码校验位不正确，请核对最后一位")
        String message) {
}
