package cn.examreg.material;

import cn.examreg.common.i18n.Messages;
import cn.examreg.material.MaterialDtos.MaterialTypeView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The material types and their rules (reference data), for forms that check a file before sending it. */
@Path("/api/v1/material-types")
@Tag(name = "Materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialTypeResource {
    @Inject
    ChecklistService checklists;
    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @Operation(summary = "Material types", description = "Every type with its accepted formats, size limit and image "
            + "dimension rules. The server checks every upload against them; clients may check first to save a round trip.")
    @APIResponse(responseCode = "200", description = "The types, in checklist order")
    public List<MaterialTypeView> types() {
        return checklists.types(Messages.of(headers));
    }
}
