package cn.examreg.account;

import cn.examreg.account.OperatorDtos.OperatorCreate;
import cn.examreg.account.OperatorDtos.OperatorView;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/operators")
@Tag(name = "Admin: operators", description = "Operator accounts with role and scope")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {
    @Inject
    OperatorService operators;
    @Inject
    Validator validator;

    @POST
    @RolesAllowed({Roles.NATIONAL, Roles.AREA, Roles.SITE})
    @Operation(summary = "Create an operator account", description = "National administrators create any role; "
            + "an area operator creates site and registration-point operators of its area; a site operator creates "
            + "registration points of its site. The new account must change its initial password at first login.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OperatorView.class)))
    @APIResponse(responseCode = "409", description = "Username taken (USERNAME_TAKEN)")
    public Response create(OperatorCreate request) {
        Violations.validate(validator, request);
        return Response.status(201).entity(operators.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.NATIONAL, Roles.AREA, Roles.SITE})
    @Operation(summary = "List operator accounts in my scope")
    @APIResponse(responseCode = "200", description = "Operators, oldest first")
    public List<OperatorView> list() {
        return operators.list();
    }
}
