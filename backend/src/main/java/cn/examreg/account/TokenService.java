package cn.examreg.account;

import cn.examreg.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues short-lived RS256 access tokens. A must-change-password account gets only the PASSWORD_CHANGE role. */
@ApplicationScoped
public class TokenService {
    @ConfigProperty(name = "examreg.auth.token-lifetime")
    Duration lifetime;

    public String issue(Account account) {
        String role = account.mustChangePassword ? Roles.PASSWORD_CHANGE : account.role;
        JwtClaimsBuilder claims = Jwt.subject(account.id)
                .upn(account.username)
                .groups(Set.of(role))
                .expiresIn(lifetime);
        if (account.areaCode != null) {
            claims.claim("area", account.areaCode);
        }
        if (account.siteCode != null) {
            claims.claim("site", account.siteCode);
        }
        if (account.pointCode != null) {
            claims.claim("point", account.pointCode);
        }
        return claims.sign();
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
