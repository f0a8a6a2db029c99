package cn.examreg.payment.wechat;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Points the WeChat Pay channel of a {@code @QuarkusTest} at a {@link WechatPayStub}: starts the stub, writes the key
 * files into a temporary folder and returns the {@code examreg.payment.wechat.*} properties; a field of type
 * {@link WechatPayStub} in the test class receives the stub. Use it on the classes that need it only:
 * {@code @WithTestResource(WechatPayStubResource.class)} (not {@code @QuarkusTestResource}, which would apply it to
 * every test).
 */
public class WechatPayStubResource implements QuarkusTestResourceLifecycleManager {
    private WechatPayStub stub;
    private Path keyDir;

    @Override
    public Map<String, String> start() {
        try {
            stub = WechatPayStub.start();
            keyDir = Files.createTempDirectory("wechat-keys-");
            return stub.config(keyDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(stub, new TestInjector.MatchesType(WechatPayStub.class));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
        if (keyDir != null) {
            try (Stream<Path> files = Files.walk(keyDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The running stub (null before {@link #start()}). */
    public WechatPayStub stub() {
        return stub;
    }
}
