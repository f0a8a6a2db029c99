package cn.examreg.common.error;

import java.util.List;

/**
 * A refusal the client can act on. {@code code} selects the localised title in {@code i18n/problems};
 * {@code args} fill its detail; {@code violations} name fields and the rules they broke.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final transient Object[] args;
    private final transient List<FieldError> violations;

    public ApiException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(int status, String code, List<FieldError> violations, Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NOT_FOUND", what);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, args);
    }

    public static ApiException forbidden() {
        return new ApiException(403, "FORBIDDEN");
    }

    public static ApiException invalid(String field, String rule, Object... args) {
        return new ApiException(400, "VALIDATION_FAILED", List.of(new FieldError(field, rule, args)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> violations() {
        return violations;
    }

    /** A field error before localisation: the field path, the rule code and the rule's message arguments. */
    public record FieldError(String field, String rule, Object... args) {
    }
}
