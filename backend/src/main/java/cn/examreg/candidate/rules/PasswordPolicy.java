package cn.examreg.candidate.rules;

/** Password and security-answer policy for candidate accounts. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** Password: 8-64 ASCII letters and digits, at least one of each, not the username (ignoring case). */
    public static String check(String password, String username) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            return RuleCodes.PASSWORD_LENGTH;
        }
        if (!password.chars().allMatch(c -> Characters.isAsciiLetter(c) || Characters.isAsciiDigit(c))) {
            return RuleCodes.PASSWORD_CHARACTERS;
        }
        if (password.chars().noneMatch(Characters::isAsciiLetter) || password.chars().noneMatch(Characters::isAsciiDigit)) {
            return RuleCodes.PASSWORD_COMPOSITION;
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return RuleCodes.PASSWORD_EQUALS_USERNAME;
        }
        return null;
    }

    /** Security answer: 4-30 characters (code points) after trimming. */
    public static String checkSecurityAnswer(String answer) {
        int length = answer == null ? 0 : Characters.length(answer.strip());
        return length < 4 || length > 30 ? RuleCodes.SECURITY_ANSWER_LENGTH : null;
    }
}
