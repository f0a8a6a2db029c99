package cn.examreg.material;

import cn.examreg.common.error.Violations;
import cn.examreg.common.security.Roles;
import cn.examreg.material.MaterialDtos.AreaRequirements;
import cn.examreg.material.MaterialDtos.AreaRequirementsUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The material types an exam area requires of every application (area-specific requirements). */
@Path("/api/v1/admin/material-requirements")
@Tag(name = "Admin: catalogue")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MaterialAdminResource {
    @Inject
    MaterialAdminService admin;
    @Inject
    Validator validator;

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Material types an area requires", description = "Required of every application in the area, "
            + "in addition to those its data call for (e.g. Hubei: the probation assessment certificate).")
    @APIResponse(responseCode = "200", description = "The area's extra requirements")
    @APIResponse(responseCode = "404", description = "No such area")
    public AreaRequirements get(@Parameter(description = "Exam area code", example = "42") @PathParam("code") String code) {
        return admin.requirements(code);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Set the material types an area requires", description = "Replaces the list; national operators "
            + "for any area, area operators for their own. Per-entry types (graduation certificate, education proofs) "
            + "follow the chosen educations and cannot be required by area. Existing checklists change at once; "
            + "submitted applications are not re-checked.")
    @APIResponse(responseCode = "200", description = "The area's extra requirements now")
    @APIResponse(responseCode = "404", description = "No such area")
    public AreaRequirements put(@Parameter(description = "Exam area code", example = "42") @PathParam("code") String code,
                                AreaRequirementsUpdate request) {
        return admin.replace(code, request, Violations.of(validator, request));
    }
}
