package cn.examreg.payment.sandbox;

import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;

/** The address of this server on the loopback interface (the port is known only once it listens in tests). */
public final class LocalServer {
    private LocalServer() {
    }

    public static String baseUrl() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        String port = System.getProperty(key);
        if (port == null) {
            port = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("8080");
        }
        return "http://localhost:" + port;
    }
}
