package cn.examreg.candidate;

import cn.examreg.candidate.ImportDtos.ImportReport;
import cn.examreg.candidate.ImportDtos.ImportRequest;
import cn.examreg.candidate.ProfileDtos.BasicCorrection;
import cn.examreg.candidate.ProfileDtos.Profile;
import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/candidates")
@Tag(name = "Admin: candidates", description = "Bulk account creation and corrections of candidates' basic information")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCandidateResource {
    /** One description for both forms: they share the path and method, so the contract shows one operation. */
    private static final String IMPORT_DESCRIPTION = "Each row becomes an account whose "
            + "login name is the document number and whose initial password must be changed at first login. Rows "
            + "are validated with the registration rules and committed one by one; the report says what happened to "
            + "each. An area operator imports into its own area. At most 5000 rows per request."
            + " CSV form: UTF-8 with the header `" + CandidateImportService.CSV_HEADER + "`; enumerations as in the JSON form.";

    @Inject
    CandidateImportService importer;
    @Inject
    CandidateService candidates;
    @Inject
    Validator validator;
    @Context
    HttpHeaders headers;

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Create candidate accounts in bulk (JSON or CSV)", description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report of the batch")
    public ImportReport importJson(ImportRequest request) {
        Violations.validate(validator, request);
        return importer.importRows(request, Messages.of(headers));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Create candidate accounts in bulk (JSON or CSV)", description = IMPORT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "two rows", value = CandidateImportService.CSV_HEADER
                    + "\n李四,MAINLAND,RESIDENT_ID,430102199205061237,,,13900139000,Init2026pass"
                    + "\nChan Tai Man,HONG_KONG,HONG_KONG_PERMIT,H1234567890,MALE,1991-02-03,,Init2026pass")))
    @APIResponse(responseCode = "200", description = "The report of the batch")
    public ImportReport importCsv(String csv,
                                  @Parameter(description = "Exam area of the accounts (national operators)", example = "43")
                                  @QueryParam("areaCode") String areaCode) {
        return importer.importCsv(csv == null ? "" : csv, areaCode, Messages.of(headers));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Read a candidate's profile", description = "National operators read any; area operators "
            + "the candidates of their area.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No such candidate in my scope")
    public Profile read(@Parameter(description = "Candidate id") @PathParam("id") String id) {
        return candidates.byId(id);
    }

    @PATCH
    @Path("/{id}/basic")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Correct a candidate's basic information", description = "Name, document, sex, birth date "
            + "and ethnicity are fixed after registration; an operator corrects them here with a reason, checked by "
            + "the registration rules and recorded in the audit trail (before and after, masked).")
    @APIResponse(responseCode = "200", description = "The corrected profile")
    @APIResponse(responseCode = "404", description = "No such candidate in my scope")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT) or the document belongs "
            + "to another account (DOCUMENT_ALREADY_REGISTERED)")
    public Profile correct(@Parameter(description = "Candidate id") @PathParam("id") String id,
                           BasicCorrection correction) {
        Violations.validate(validator, correction);
        return candidates.correctBasic(id, correction);
    }
}
