package cn.examreg.common.security;

import cn.examreg.common.error.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read from the verified access token. */
@RequestScoped
public class CurrentUser {
    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return jwt != null && jwt.getSubject() != null;
    }

    /** The account id (token subject); 401 when the request carries no valid token. */
    public String accountId() {
        if (!isAuthenticated()) {
            throw new ApiException(401, "UNAUTHORIZED");
        }
        return jwt.getSubject();
    }

    public String role() {
        return isAuthenticated() && jwt.getGroups() != null && !jwt.getGroups().isEmpty()
                ? jwt.getGroups().iterator().next() : null;
    }

    public String areaCode() {
        return claim("area");
    }

    public String siteCode() {
        return claim("site");
    }

    public String pointCode() {
        return claim("point");
    }

    private String claim(String name) {
        if (!isAuthenticated()) {
            return null;
        }
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
