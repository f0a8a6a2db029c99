package cn.examreg.material;

import cn.examreg.common.error.BodyLimit;
import cn.examreg.material.content.Sizes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request-size limit of material uploads: the largest type limit plus the multipart envelope. A larger
 * declared upload (a 50 MB photo) is refused before a byte of its body is read, and so is an upload that does not
 * declare its length (411); each type's own limit is then checked on the spooled file before its content is.
 */
@ApplicationScoped
public class MaterialUploadLimit implements BodyLimit {
    private static final Pattern PATH = Pattern.compile("/api/v1/applications/[^/]+/materials/?");

    @ConfigProperty(name = "examreg.materials.max-request-size")
    MemorySize maxRequestSize;

    @Override
    public boolean appliesTo(String method, String path) {
        return "POST".equals(method) && PATH.matcher(path).matches();
    }

    @Override
    public long maxBytes() {
        return maxRequestSize.asLongValue();
    }

    @Override
    public String code() {
        return "UPLOAD_TOO_LARGE";
    }

    @Override
    public Object[] args() {
        return new Object[] {Sizes.human(maxBytes())};
    }

    /** Browsers and curl declare the length of a multipart upload; a chunked one is refused before it is read. */
    @Override
    public boolean requiresLength() {
        return true;
    }
}
