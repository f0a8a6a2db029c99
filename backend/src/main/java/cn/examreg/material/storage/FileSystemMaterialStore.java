package cn.examreg.material.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default store: files under {@code examreg.materials.root} (DATA_DIR/materials for local runs). A file is
 * written to a temporary name in its final folder, forced to disk and renamed atomically, so a reader or a crash
 * never sees a half-written object under a key.
 */
@ApplicationScoped
public class FileSystemMaterialStore implements MaterialStore {
    private static final Pattern KEY = Pattern.compile("[0-9a-z][0-9a-z-]*(/[0-9a-z][0-9a-z.-]*)*");

    @ConfigProperty(name = "examreg.materials.root")
    Path root;

    @Override
    public String name() {
        return "fs";
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(".part-" + UUID.randomUUID());
        try {
            try {
                Files.move(file, part, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public boolean exists(String key) throws IOException {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** The path of a key, refusing anything that could leave the root (keys are made by the service, never by clients). */
    Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("invalid storage key");
        }
        Path base = root.toAbsolutePath().normalize();
        Path path = base.resolve(key).normalize();
        if (!path.startsWith(base)) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return path;
    }
}
