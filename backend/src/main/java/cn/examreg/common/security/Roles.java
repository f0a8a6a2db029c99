package cn.examreg.common.security;

/** Role names carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String CANDIDATE = "CANDIDATE";
    public static final String REGISTRATION_POINT = "REGISTRATION_POINT";
    public static final String SITE = "SITE";
    public static final String AREA = "AREA";
    public static final String NATIONAL = "NATIONAL";
    public static final String FINANCE = "FINANCE";
    /** The only role of a token whose account must change its password first. */
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

    private Roles() {
    }
}
