package cn.examreg.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Collects every broken rule of a request so the client sees them all at once, then throws one 400. */
public final class Violations {
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    /** Records {@code rule} for {@code field} when it is not null (rule checks return null when valid). */
    public Violations check(String field, String rule, Object... args) {
        if (rule != null) {
            errors.add(new ApiException.FieldError(field, rule, args));
        }
        return this;
    }

    /** Runs the bean-validation constraints of a request body (lengths, required fields) and throws on any. */
    public static void validate(Validator validator, Object body) {
        if (body == null) {
            throw new ApiException(400, "BODY_REQUIRED");
        }
        new Violations().addConstraints(validator.validate(body)).throwIfAny();
    }

    /** The bean-validation violations of a request body, to which the domain rules then add their own. */
    public static Violations of(Validator validator, Object body) {
        if (body == null) {
            throw new ApiException(400, "BODY_REQUIRED");
        }
        return new Violations().addConstraints(validator.validate(body));
    }

    /**
     * Applies a domain rule to a present value of a field that passed the bean constraints, so each field
     * reports its most basic problem once and every field is reported in the same response.
     */
    public Violations check(String field, String value, java.util.function.Function<String, String> rule) {
        if (value != null && !value.isBlank() && !has(field)) {
            check(field, rule.apply(value.trim()));
        }
        return this;
    }

    /** Adds bean-validation violations, named by their JSON path and turned into rule codes. */
    public Violations addConstraints(Collection<? extends ConstraintViolation<?>> constraints) {
        for (ConstraintViolation<?> v : constraints) {
            errors.add(toFieldError(v));
        }
        return this;
    }

    static ApiException.FieldError toFieldError(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        if (v.getExecutableParameters() != null) {
            // "register.request.contact.mobile" -> "contact.mobile": drop the method and parameter names
            String[] parts = path.split("\\.");
            path = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String type = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" -> new ApiException.FieldError(path, "REQUIRED");
            case "Size" -> new ApiException.FieldError(path, "SIZE", attributes.get("min"), attributes.get("max"));
            case "Pattern" -> new ApiException.FieldError(path, "PATTERN");
            case "Min", "Max", "Positive", "PositiveOrZero" -> new ApiException.FieldError(path, "RANGE", v.getMessage());
            default -> new ApiException.FieldError(path, "INVALID", v.getMessage());
        };
    }

    public Violations require(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new ApiException.FieldError(field, "REQUIRED"));
            return this;
        }
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<ApiException.FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors, errors.size());
        }
    }
}
