package cn.examreg;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Map;

/**
 * Entry point. With no DB_URL it starts the embedded MariaDB under DATA_DIR (default {@code .data}) first,
 * and with no JWT key locations it generates a key pair there, so that a fresh machine needs nothing installed.
 */
@QuarkusMain
public final class Main {
    private Main() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(env("DATA_DIR", ".data")).toAbsolutePath();
        if (isBlank(System.getenv("DB_URL")) && isBlank(System.getProperty("quarkus.datasource.jdbc.url"))) {
            long started = System.nanoTime();
            String url = LocalEnvironment.startEmbeddedDatabase(dataDir.resolve("mariadb"), true);
            System.setProperty("examreg.embedded-db.url", url);
            System.out.printf("Embedded MariaDB ready at %s in %d ms (files in %s)%n", url,
                    (System.nanoTime() - started) / 1_000_000, dataDir.resolve("mariadb"));
        }
        if (isBlank(System.getenv("JWT_PUBLIC_KEY_LOCATION"))) {
            Map<String, String> keys = LocalEnvironment.ensureTokenKeys(dataDir.resolve("keys"));
            keys.forEach(System::setProperty);
        } else {
            System.setProperty("mp.jwt.verify.publickey.location", System.getenv("JWT_PUBLIC_KEY_LOCATION"));
            System.setProperty("smallrye.jwt.sign.key.location", env("JWT_PRIVATE_KEY_LOCATION", ""));
        }
        Quarkus.run(args);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
