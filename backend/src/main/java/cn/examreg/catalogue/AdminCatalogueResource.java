package cn.examreg.catalogue;

import cn.examreg.catalogue.CatalogueAdminService.Saved;
import cn.examreg.catalogue.CatalogueDtos.AreaSchedule;
import cn.examreg.catalogue.CatalogueDtos.ExamCreate;
import cn.examreg.catalogue.CatalogueDtos.ExamSummary;
import cn.examreg.catalogue.CatalogueDtos.FeeInput;
import cn.examreg.catalogue.CatalogueDtos.FeeView;
import cn.examreg.catalogue.CatalogueDtos.InstitutionsUpdate;
import cn.examreg.catalogue.CatalogueDtos.SiteCreate;
import cn.examreg.catalogue.CatalogueDtos.SiteUpdate;
import cn.examreg.catalogue.CatalogueDtos.SiteView;
import cn.examreg.catalogue.CatalogueDtos.WindowInput;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operator configuration of the catalogue: exams (national operators), and sites, windows and fees of an area
 * (national operators for any area, area operators for their own). The public reads are in {@link CatalogueResource}.
 */
@Path("/api/v1/admin")
@Tag(name = "Admin: catalogue", description = "Configure exams, exam sites and their institution lists, and the "
        + "registration, review and payment windows and fees of each exam in each area")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminCatalogueResource {
    private static final String EXAM_CODE = "Exam code: year + category code";
    private static final String AREA_CODE = "Exam area code (GB/T 2260)";

    @Inject
    CatalogueAdminService admin;
    @Inject
    Validator validator;

    @POST
    @Path("/exams")
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Create an exam", description = "Creates the exam of a year for a category; its code is "
            + "the year followed by the category code (2026 + 110 → 2026110). National operators only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamSummary.class)))
    @APIResponse(responseCode = "409", description = "The exam exists already (EXAM_EXISTS)")
    public Response createExam(ExamCreate request) {
        ExamSummary exam = admin.createExam(request, Violations.of(validator, request));
        return Response.status(201).entity(exam).build();
    }

    @POST
    @Path("/exam-areas/{code}/sites")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Create an exam site", description = "Adds a site (考点) to the area. Its code starts with "
            + "the area code (4301 in Hunan). A restricted site accepts only candidates of the listed probation "
            + "institutions. Area operators add sites to their own area only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No such area")
    @APIResponse(responseCode = "409", description = "The site code is taken (SITE_EXISTS)")
    public Response createSite(@Parameter(description = AREA_CODE, example = "43") @PathParam("code") String areaCode,
                               SiteCreate request) {
        SiteView site = admin.createSite(areaCode, request, Violations.of(validator, request));
        return Response.status(201).entity(site).build();
    }

    @PUT
    @Path("/sites/{code}")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Change an exam site", description = "Name, address and whether it is restricted. Send the "
            + "`version` you read; a stale one is refused with 409 VERSION_CONFLICT. The institution list is changed "
            + "with PUT /api/v1/admin/sites/{code}/institutions.")
    @APIResponse(responseCode = "200", description = "The changed site")
    @APIResponse(responseCode = "404", description = "No such site")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT)")
    public SiteView updateSite(@Parameter(description = "Site code", example = "4301") @PathParam("code") String code,
                               SiteUpdate request) {
        Violations.validate(validator, request);
        return admin.updateSite(code, request);
    }

    @PUT
    @Path("/sites/{code}/institutions")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Replace a site's probation-institution list", description = "The complete new list "
            + "(names trimmed, duplicates dropped). A restricted site accepts only candidates whose probation "
            + "institution is on it. Send the site's `version`; the site's version moves on.")
    @APIResponse(responseCode = "200", description = "The site with its new list")
    @APIResponse(responseCode = "404", description = "No such site")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT)")
    public SiteView replaceInstitutions(
            @Parameter(description = "Site code", example = "4303") @PathParam("code") String code,
            InstitutionsUpdate request) {
        Violations.validate(validator, request);
        return admin.replaceInstitutions(code, request);
    }

    @PUT
    @Path("/exams/{code}/areas/{area}/window")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Set the windows of an exam in an area", description = "The registration window and the "
            + "qualification review window (ISO-8601 times with an offset, stored to the second; China time is "
            + "+08:00). Opening must come before closing; the review may not open before registration opens nor "
            + "close before registration closes. Creates the windows (201) or changes them (200; send the `version` "
            + "you read).")
    @APIResponse(responseCode = "200", description = "Changed; the area's schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaSchedule.class)))
    @APIResponse(responseCode = "201", description = "Created; the area's schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaSchedule.class)))
    @APIResponse(responseCode = "404", description = "No such exam or area")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT)")
    public Response setWindow(@Parameter(description = EXAM_CODE, example = "2026110") @PathParam("code") String code,
                              @Parameter(description = AREA_CODE, example = "43") @PathParam("area") String area,
                              WindowInput request) {
        Saved<AreaSchedule> saved = admin.setWindow(code, area, request, Violations.of(validator, request));
        return Response.status(saved.created() ? 201 : 200).entity(saved.view()).build();
    }

    @PUT
    @Path("/exams/{code}/areas/{area}/fees/{item}")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Set a fee of an exam in an area", description = "The amount in fen (a whole number, "
            + "1–1000000), the payment window (no payment outside it: a fee not paid in time means the candidate "
            + "gave up) and the channels offered. Creates the fee (201) or changes it (200; send the `version` you "
            + "read).")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeeView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeeView.class)))
    @APIResponse(responseCode = "404", description = "No such exam, area or fee item")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT)")
    public Response setFee(@Parameter(description = EXAM_CODE, example = "2026110") @PathParam("code") String code,
                           @Parameter(description = AREA_CODE, example = "43") @PathParam("area") String area,
                           @Parameter(description = "技能考试费 (SKILLS) or 综合笔试费 (WRITTEN)", example = "SKILLS")
                           @PathParam("item") FeeItem.Item item,
                           FeeInput request) {
        Saved<FeeView> saved = admin.setFee(code, area, item, request, Violations.of(validator, request));
        return Response.status(saved.created() ? 201 : 200).entity(saved.view()).build();
    }
}
