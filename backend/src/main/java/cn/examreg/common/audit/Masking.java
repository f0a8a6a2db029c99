package cn.examreg.common.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Masks personal data before it reaches a log or the audit trail. */
public final class Masking {
    private static final Set<String> SECRET = Set.of("password", "passwordHash", "securityAnswer", "securityAnswerHash",
            "newPassword", "currentPassword", "initialPassword");
    private static final Set<String> PERSONAL = Set.of("name", "documentNumber", "mobile", "email", "homePhone",
            "workPhone", "address", "phone", "username");

    private Masking() {
    }

    /** Keeps the first and last quarter of a value and stars the middle: 110105199003071234 → 1101**********1234. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int[] cps = value.codePoints().toArray();
        int n = cps.length;
        if (n == 1) {
            return "*";
        }
        if (n == 2) {
            return new String(cps, 0, 1) + "*";
        }
        int keep = Math.max(1, n / 4);
        StringBuilder out = new StringBuilder(new String(cps, 0, keep));
        out.append("*".repeat(n - 2 * keep));
        out.append(new String(cps, n - keep, keep));
        return out.toString();
    }

    /** A copy of {@code data} with secrets removed and personal values masked, recursively. */
    public static Map<String, Object> maskMap(Map<String, ?> data) {
        if (data == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (SECRET.contains(key)) {
                out.put(key, value == null ? null : "***");
            } else if (PERSONAL.contains(key) && value instanceof String s) {
                out.put(key, mask(s));
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) nested;
                out.put(key, maskMap(typed));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
