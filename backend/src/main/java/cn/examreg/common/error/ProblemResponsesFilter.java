package cn.examreg.common.error;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give (problem+json), so each endpoint lists them without
 * repeating the same annotations: 400 for operations with input, 401/403 for secured ones, 500 for all.
 * Endpoint-specific errors (404, 409, 423, ...) are annotated on the endpoint with their description only; this
 * filter gives them the problem+json content.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid input: malformed JSON, wrong type, unknown field or a broken rule (see `violations`)",
            "401", "Missing, invalid or expired access token",
            "403", "Not allowed for the caller's role or scope, or the password must be changed first "
                    + "(code PASSWORD_CHANGE_REQUIRED)",
            "500", "Unexpected error; the detail carries an error id to quote to support");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (hasInput) {
            add(responses, "400");
        }
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        add(responses, "500");
        // every other error response an endpoint declares (404, 409, 423, ...) is a problem too
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static void add(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(DESCRIPTIONS.get(status)).content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
