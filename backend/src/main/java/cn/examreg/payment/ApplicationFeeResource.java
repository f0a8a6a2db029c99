package cn.examreg.payment;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationScope;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.PaymentDtos.ApplicationFeeView;
import cn.examreg.payment.PaymentDtos.SkillsResultInput;
import cn.examreg.payment.PaymentDtos.SkillsResultView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fees of an application (what to pay, when, status) and its practical-skills result. */
@Path("/api/v1/applications/{id}")
@Tag(name = "Payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationFeeResource {
    @Inject
    PaymentOrderService orders;
    @Inject
    PaymentViews views;
    @Inject
    ApplicationScope scope;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;
    @Context
    HttpHeaders headers;

    @GET
    @Path("/fees")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "The fees of an application", description = "Each fee of the exam in the application's area: "
            + "amount (fen), payment window (China time), channels, and its status for this application — "
            + "NOT_ELIGIBLE (with the reason), NOT_OPEN, PAYABLE, PAYING (with the open order), PAID (已缴费, with order "
            + "and transaction numbers) or GIVEN_UP (window closed unpaid).")
    @APIResponse(responseCode = "200", description = "The fees")
    @APIResponse(responseCode = "404", description = "No such application in your scope")
    public List<ApplicationFeeView> fees(@PathParam("id") String id) {
        var locale = Messages.of(headers);
        return orders.fees(id).stream().map(line -> views.fee(line, locale)).toList();
    }

    @GET
    @Path("/skills-result")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "The practical-skills result of an application")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "404", description = "No such application in your scope, or no result recorded")
    @Transactional
    public SkillsResultView skillsResult(@PathParam("id") String id) {
        Application a = scope.readable(id);
        SkillsResult r = SkillsResult.of(a.id).orElseThrow(() -> ApiException.notFound("skills result"));
        return new SkillsResultView(r.outcome, r.note, ChinaTime.of(r.updatedAt));
    }

    @PUT
    @Path("/skills-result")
    @RolesAllowed({Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Record the practical-skills result", description = "By the exam area (its own applications) "
            + "or national. PASSED or EXEMPT makes the written-exam fee payable inside its window. Audited.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such application in your scope")
    @APIResponse(responseCode = "409", description = "APPLICATION_NOT_SUBMITTED")
    @Transactional
    public SkillsResultView recordSkillsResult(@PathParam("id") String id, SkillsResultInput input) {
        Violations.validate(validator, input);
        Application a = scope.lockedForReview(id);
        if (a.submittedAt == null) {
            throw new ApiException(409, "APPLICATION_NOT_SUBMITTED");
        }
        SkillsResult r = SkillsResult.of(a.id).orElse(null);
        Map<String, Object> before = r == null ? null : Map.of("outcome", r.outcome.name());
        if (r == null) {
            r = new SkillsResult();
            r.applicationId = a.id;
        }
        r.outcome = input.outcome();
        r.note = input.note();
        r.recordedBy = currentUser.accountId();
        r.persist();
        SkillsResult.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", r.outcome.name());
        audit.record("SKILLS_RESULT_RECORDED", "application", a.id, before, after, input.note());
        return new SkillsResultView(r.outcome, r.note, ChinaTime.of(r.updatedAt));
    }
}
