package cn.examreg.material.content;

import cn.examreg.common.error.ApiException;
import java.util.List;

/** The refusals of a file, as problems naming the {@code file} field and the rule it broke. */
public final class Refusal {
    private Refusal() {
    }

    /** 400 VALIDATION_FAILED with one violation of {@code rule} on the field {@code file}. */
    public static ApiException file(String rule, Object... args) {
        return ApiException.invalid("file", rule, args);
    }

    /** 413 MATERIAL_TOO_LARGE: the file exceeds its type's limit. */
    public static ApiException tooLarge(String typeName, long limit, long actual) {
        return new ApiException(413, "MATERIAL_TOO_LARGE",
                List.of(new ApiException.FieldError("file", "MATERIAL_TOO_LARGE", typeName, Sizes.human(limit),
                        Sizes.human(actual))), typeName, Sizes.human(limit), Sizes.human(actual));
    }
}
