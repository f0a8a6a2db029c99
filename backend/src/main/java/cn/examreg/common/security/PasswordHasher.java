package cn.examreg.common.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt hashing of passwords and security answers (cost from configuration; lower in tests). */
@ApplicationScoped
public class PasswordHasher {
    private final int cost;
    private final String dummyHash;

    public PasswordHasher(@ConfigProperty(name = "examreg.auth.bcrypt-cost", defaultValue = "11") int cost) {
        this.cost = cost;
        this.dummyHash = hash("timing-equaliser-0");
    }

    public String hash(String secret) {
        return BCrypt.withDefaults().hashToString(cost, secret.toCharArray());
    }

    public boolean verify(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(secret.toCharArray(), hash).verified;
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    public void verifyDummy(String secret) {
        verify(secret == null ? "" : secret, dummyHash);
    }
}
