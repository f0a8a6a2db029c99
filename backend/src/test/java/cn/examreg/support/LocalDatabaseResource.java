package cn.examreg.support;

import cn.examreg.LocalEnvironment;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the tests a real database: the one named by DB_URL (with DB_USERNAME / DB_PASSWORD), or an embedded
 * MariaDB started once per test JVM in a temporary folder. Tokens use Quarkus' in-memory test key pair.
 */
public class LocalDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private static Map<String, String> config;

    @Override
    public synchronized Map<String, String> start() {
        if (config != null) {
            return config;
        }
        try {
            Path dir = Files.createTempDirectory("examreg-test-");
            Map<String, String> props = new HashMap<>();
            String external = System.getenv("DB_URL");
            if (external == null || external.isBlank()) {
                props.put("quarkus.datasource.jdbc.url", LocalEnvironment.startEmbeddedDatabase(dir.resolve("mariadb"), false));
                props.put("quarkus.datasource.username", "root");
                props.put("quarkus.datasource.password", "");
            }
            config = props;
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the embedded database stops with the JVM (shutdown hook)
    }
}
