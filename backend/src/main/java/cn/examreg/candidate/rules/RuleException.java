package cn.examreg.candidate.rules;

/** Thrown by parse methods when input breaks a rule; carries the rule code from {@link RuleCodes}. */
public final class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** Creates the exception for the given rule code. */
    public RuleException(String code) {
        super(code);
        this.code = code;
    }

    /** The rule code that was broken. */
    public String code() {
        return code;
    }
}
