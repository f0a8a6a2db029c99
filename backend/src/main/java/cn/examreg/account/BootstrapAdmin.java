package cn.examreg.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the first national administrator at start from ADMIN_USERNAME / ADMIN_PASSWORD when it is missing. */
public class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @Inject
    OperatorService operators;
    @ConfigProperty(name = "examreg.bootstrap-admin.username")
    String username;
    @ConfigProperty(name = "examreg.bootstrap-admin.password")
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.info("No ADMIN_PASSWORD configured: no bootstrap administrator is created");
            return;
        }
        try {
            if (operators.ensureAdmin(username, password.get())) {
                LOG.infof("Created the national administrator account '%s'", username);
            }
        } catch (RuntimeException e) {
            // another instance starting at the same moment created it first (unique username)
            LOG.warnf("Bootstrap administrator not created: %s", e.getMessage());
        }
    }
}
