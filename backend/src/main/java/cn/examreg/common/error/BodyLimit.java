package cn.examreg.common.error;

/**
 * A tighter request-size limit for some requests (e.g. material uploads), refused by {@link HttpErrorHandlers}
 * before the body is read when the declared length exceeds it, with its own problem code. A limit may also
 * require a declared length (411 LENGTH_REQUIRED for a chunked body), so that no such request is read past it;
 * otherwise a body without a declared length is cut off at the global limit
 * ({@code quarkus.http.limits.max-body-size}) while streaming.
 */
public interface BodyLimit {
    boolean appliesTo(String method, String path);

    long maxBytes();

    /** The problem code of the refusal (its title and detail come from the message bundles). */
    String code();

    /** Arguments of the detail text. */
    Object[] args();

    /** Refuse requests that do not declare their length (411) instead of reading them up to the global limit. */
    default boolean requiresLength() {
        return false;
    }
}
