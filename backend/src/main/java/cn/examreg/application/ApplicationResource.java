package cn.examreg.application;

import cn.examreg.application.ApplicationDtos.ApplicationCreate;
import cn.examreg.application.ApplicationDtos.ApplicationPage;
import cn.examreg.application.ApplicationDtos.ApplicationPatch;
import cn.examreg.application.ApplicationDtos.ApplicationView;
import cn.examreg.application.ApplicationDtos.HistoryEntry;
import cn.examreg.application.ApplicationDtos.ReviewRequest;
import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "The application wizard, submission, withdrawal, multi-level review and history")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    private static final String OPERATORS_AND_CANDIDATES = "any logged-in role";

    @Inject
    ApplicationService applications;
    @Inject
    ReviewService reviews;
    @Inject
    ApplicationQueries queries;
    @Inject
    ApplicationDocuments documents;
    @Inject
    Validator validator;
    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start an application", description = "Creates a draft for one exam. One live application per "
            + "candidate and exam: a second one is refused with 409 APPLICATION_EXISTS naming the existing number.")
    @APIResponse(responseCode = "201", description = "The draft with the status of each step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "A live application for this exam exists (APPLICATION_EXISTS)")
    public Response create(ApplicationCreate request) {
        Violations.validate(validator, request);
        return Response.status(201).entity(applications.create(request, Messages.of(headers))).build();
    }

    @GET
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "My applications, or a review queue", description = "A candidate gets their own applications. "
            + "An operator gets the submitted applications in their scope, filtered, paged and sorted; document "
            + "numbers are masked in the list (the detail shows them).")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public ApplicationPage list(
            @Parameter(description = "Exam code", example = "2026110") @QueryParam("examCode") String examCode,
            @Parameter(description = "Exam area code", example = "43") @QueryParam("areaCode") String areaCode,
            @Parameter(description = "Exam site code", example = "4301") @QueryParam("siteCode") String siteCode,
            @Parameter(description = "State") @QueryParam("state") State state,
            @Parameter(description = "Level reviewing now") @QueryParam("reviewLevel") Level reviewLevel,
            @Parameter(description = "Exact name, document number or application number") @QueryParam("q") String q,
            @Parameter(description = "Sort: submittedAt, -submittedAt (default), number, -number, name, -updatedAt")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1–100") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw ApiException.invalid("page", "RANGE", "page ≥ 0");
        }
        if (size < 1 || size > 100) {
            throw ApiException.invalid("size", "RANGE", "1–100");
        }
        return queries.page(new ApplicationQueries.Filter(examCode, areaCode, siteCode, state, reviewLevel, q, sort),
                page, size);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "Export a review queue as CSV", description = "The same filters as the list, all pages (at most "
            + ApplicationQueries.EXPORT_LIMIT + " rows), UTF-8 with BOM, full document numbers (operators in scope only).")
    @APIResponse(responseCode = "200", description = "CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response export(@QueryParam("examCode") String examCode, @QueryParam("areaCode") String areaCode,
                           @QueryParam("siteCode") String siteCode, @QueryParam("state") State state,
                           @QueryParam("reviewLevel") Level reviewLevel, @QueryParam("q") String q,
                           @QueryParam("sort") String sort) {
        var filter = new ApplicationQueries.Filter(examCode, areaCode, siteCode, state, reviewLevel, q, sort);
        StreamingOutput body = out -> queries.exportCsv(filter, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"applications.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "Read an application", description = "With the status of each wizard step and the review "
            + "progress per level. Candidates read their own; operators those in scope (" + OPERATORS_AND_CANDIDATES + ").")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    public ApplicationView get(@Parameter(description = "Application id") @PathParam("id") String id) {
        return applications.get(id, Messages.of(headers));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Save wizard steps", description = "Saves the given fields of a draft (or of an application "
            + "returned for correction) and returns the status of every step, so each step can be saved and checked "
            + "on its own. Send the `version` you read.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Not editable in its state (APPLICATION_NOT_EDITABLE) or "
            + "changed meanwhile (VERSION_CONFLICT)")
    public ApplicationView patch(@Parameter(description = "Application id") @PathParam("id") String id,
                                 ApplicationPatch patch) {
        return applications.patch(id, patch, Violations.of(validator, patch), Messages.of(headers));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Submit (or resubmit) the application", description = "Checks every step and the eligibility "
            + "rules (certificate for 中专 → 执业, extra subjects only for those entitled, site restrictions, age, "
            + "registration window open, one live application per exam); locks the profile entries it uses. After a "
            + "return for correction, review resumes at the level that returned it.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Not submittable in its state (ILLEGAL_TRANSITION) or the "
            + "registration window is closed (REGISTRATION_CLOSED)")
    public ApplicationView submit(@Parameter(description = "Application id") @PathParam("id") String id) {
        return applications.submit(id, Messages.of(headers));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Withdraw the application (放弃报考)", description = "During the registration window: unlocks "
            + "the profile entries and lets the candidate apply again.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Not withdrawable in its state (ILLEGAL_TRANSITION) or the "
            + "registration window is closed (REGISTRATION_CLOSED)")
    public ApplicationView withdraw(@Parameter(description = "Application id") @PathParam("id") String id) {
        return applications.withdraw(id, Messages.of(headers));
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Record a review decision", description = "By an operator of the level now reviewing "
            + "(registration point → site → area → national) and in scope: approve (on to the next level), reject with "
            + "a reason (final) or return for correction with a reason. The site level records the in-person identity "
            + "check. Entries listed in verifiedEntryIds show as verified in the profile.")
    @APIResponse(responseCode = "200", description = "The application after the decision")
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    @APIResponse(responseCode = "409", description = "Not under review (ILLEGAL_TRANSITION, naming the current state) "
            + "or awaiting another level (REVIEW_LEVEL_MISMATCH)")
    public ApplicationView review(@Parameter(description = "Application id") @PathParam("id") String id,
                                  ReviewRequest request) {
        Violations.validate(validator, request);
        return reviews.review(id, request, Messages.of(headers));
    }

    @GET
    @Path("/{id}/notice.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Registration success notice (报名成功通知单)", description = "PDF with the application number, "
            + "candidate, exam, area and site, review progress per level and what to bring to the on-site review, "
            + "with a QR code of the application number. Available once submitted.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    @APIResponse(responseCode = "409", description = "Not submitted yet (DOCUMENT_NOT_AVAILABLE)")
    public Response notice(@Parameter(description = "Application id") @PathParam("id") String id) {
        return pdf(documents.notice(id), "notice-" + id + ".pdf");
    }

    @GET
    @Path("/{id}/form.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Application form (报名暨授予医师资格申请表)", description = "PDF with every field of the "
            + "application, the photo, a barcode of the application number and the signature line. Available once submitted.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    @APIResponse(responseCode = "409", description = "Not submitted yet (DOCUMENT_NOT_AVAILABLE)")
    public Response form(@Parameter(description = "Application id") @PathParam("id") String id) {
        return pdf(documents.form(id), "form-" + id + ".pdf");
    }

    private static Response pdf(byte[] body, String filename) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "History of an application", description = "Every transition: who (role and operator name), "
            + "when, from → to, level and reason.")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first")
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    public List<HistoryEntry> history(@Parameter(description = "Application id") @PathParam("id") String id) {
        return applications.history(id);
    }
}
