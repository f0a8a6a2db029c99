package cn.examreg.common.error;

import cn.examreg.common.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for the failures the HTTP layer answers before any resource runs, such as a body over the size
 * limit (413), so that no client ever gets an empty or plain-text error. Capabilities may declare tighter limits
 * for their requests ({@link BodyLimit}), answered with their own code.
 */
@ApplicationScoped
public class HttpErrorHandlers {
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @Inject
    Instance<BodyLimit> bodyLimits;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        List<BodyLimit> specific = bodyLimits.stream().toList();
        // A declared length over the limit is refused before the body is read, with a problem+json answer
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            BodyLimit tighter = limitOf(specific, ctx);
            if (tighter != null && tighter.requiresLength() && length == null) {
                respond(ctx, 411, "LENGTH_REQUIRED", tighter.args());
                return;
            }
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)) {
                long declared = Long.parseLong(length);
                if (tighter != null && declared > tighter.maxBytes()) {
                    respond(ctx, 413, tighter.code(), tighter.args());
                    return;
                }
                if (declared > limit) {
                    respond(ctx, 413, "PAYLOAD_TOO_LARGE");
                    return;
                }
            }
            ctx.next();
        });
        router.errorHandler(413, ctx -> {
            BodyLimit tighter = limitOf(specific, ctx);
            if (tighter != null) {
                respond(ctx, 413, tighter.code(), tighter.args());
            } else {
                respond(ctx, 413, "PAYLOAD_TOO_LARGE");
            }
        });
    }

    private static BodyLimit limitOf(List<BodyLimit> limits, RoutingContext ctx) {
        for (BodyLimit l : limits) {
            if (l.appliesTo(ctx.request().method().name(), ctx.request().path())) {
                return l;
            }
        }
        return null;
    }

    private void respond(RoutingContext ctx, int status, String code, Object... args) {
        if (ctx.response().headWritten()) {
            return;
        }
        Locale locale = Messages.of(ctx.request().getHeader("Accept-Language"));
        Problem problem = new Problem("urn:examreg:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                Messages.problem(locale, code + ".title"), status, Messages.problem(locale, code + ".detail", args),
                ctx.request().path(), code, null);
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
