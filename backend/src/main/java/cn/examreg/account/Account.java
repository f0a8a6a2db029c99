package cn.examreg.account;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A login: a candidate's or an operator's. Operators carry their role and scope (area / site / point). */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {
    public static final String CANDIDATE = "CANDIDATE";
    public static final String OPERATOR = "OPERATOR";

    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String kind;
    public String role;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "site_code")
    public String siteCode;
    @Column(name = "point_code")
    public String pointCode;
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    public boolean enabled = true;
    @Column(name = "failed_logins")
    public int failedLogins;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "security_question")
    public String securityQuestion;
    @Column(name = "security_answer_hash")
    public String securityAnswerHash;
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    public static Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
