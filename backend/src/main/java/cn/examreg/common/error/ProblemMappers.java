package cn.examreg.common.error;

import cn.examreg.common.i18n.Messages;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json: client errors with a code and localised messages, unexpected
 * errors as a bare 500 carrying only an error id (details go to the log, never to the client).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    CurrentUser currentUser;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        return respond(e.status(), e.code(), e.violations(), headers, uri, e.args());
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(Violations.toFieldError(v));
        }
        return respond(400, "VALIDATION_FAILED", errors, headers, uri, errors.size());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return respond(400, "UNKNOWN_FIELD",
                    List.of(new ApiException.FieldError(path(u), "UNKNOWN_FIELD")), headers, uri, path(u));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = path((JsonMappingException) e);
            return respond(400, "INVALID_TYPE",
                    List.of(new ApiException.FieldError(field, "INVALID_TYPE")), headers, uri, field);
        }
        if (e instanceof StreamConstraintsException || e instanceof JsonParseException) {
            return respond(400, "MALFORMED_JSON", List.of(), headers, uri);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof ApiException api) {
            return api(api, headers, uri);
        }
        return respond(400, "MALFORMED_JSON", List.of(), headers, uri);
    }

    /** More specific than JsonProcessingException, so it wins over Quarkus' built-in plain-text mapper. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return respond(401, "UNAUTHORIZED", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return respond(401, "UNAUTHORIZED", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        boolean mustChange = Roles.PASSWORD_CHANGE.equals(currentUser.role());
        return respond(403, mustChange ? "PASSWORD_CHANGE_REQUIRED" : "FORBIDDEN", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "VERSION_CONFLICT", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "VERSION_CONFLICT", List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND_PATH";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        return respond(status, code, List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(500, "INTERNAL_ERROR", List.of(), headers, uri, errorId);
    }

    /** Builds the problem+json response; also used by filters that refuse a request before any resource runs. */
    public static Response respond(int status, String code, List<ApiException.FieldError> errors,
                                   HttpHeaders headers, UriInfo uri, Object... args) {
        Locale locale = Messages.of(headers);
        if (args == null || args.length == 0) {
            args = new Object[] {errors.size()};
        }
        List<Violation> violations = errors.stream()
                .map(f -> new Violation(f.field(), f.rule(), Messages.rule(locale, f.rule(), f.args())))
                .toList();
        Problem body = new Problem(
                "urn:examreg:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                Messages.problem(locale, code + ".title"),
                status,
                Messages.problem(locale, code + ".detail", args),
                uri == null ? null : uri.getPath(),
                code,
                violations.isEmpty() ? null : violations);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

}
