package cn.examreg.material.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of materials live. Callers name objects by a key (e.g. {@code ab/ab12…/<material id>.jpg}) and
 * keep the key with the store's {@link #name()} in the database, so another store (an S3-compatible object store)
 * can be added and chosen by configuration without touching them.
 *
 * <p>{@link #put} is all or nothing: after it returns the object is complete and durable; when it throws, no object
 * is left under the key.
 */
public interface MaterialStore {
    /** The name recorded with each material (fs, s3, …). */
    String name();

    /** Stores the file under {@code key}; the file is moved or copied (the caller deletes it afterwards if it remains). */
    void put(String key, Path file) throws IOException;

    /** Opens a stored object for reading. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the object; nothing happens when it does not exist. */
    void delete(String key) throws IOException;
}
