package cn.examreg.payment;

import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import cn.examreg.payment.PaymentDtos.DuplicateChargeView;
import cn.examreg.payment.PaymentDtos.ReconciliationRun;
import cn.examreg.payment.PaymentDtos.ReconciliationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finance: statement reconciliations and duplicate charges (national scope: a statement covers every area). */
@Path("/api/v1/admin")
@Tag(name = "Finance", description = "Daily statement reconciliation with the gateways, duplicate charges")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.NATIONAL})
public class ReconciliationResource {
    @Inject
    ReconciliationService reconciliations;
    @Inject
    PaymentViews views;
    @Inject
    CurrentUser currentUser;
    @Inject
    Validator validator;

    @GET
    @Path("/reconciliations")
    @Operation(summary = "Statement reconciliations", description = "Newest day first. Runs every morning at 09:30 China "
            + "time for the day before; finance can run one now (POST).")
    @APIResponse(responseCode = "200", description = "Reconciliations without their details")
    @Transactional
    public List<ReconciliationView> list(
            @Parameter(description = "Only this channel", example = "SANDBOX") @QueryParam("channel")
            cn.examreg.catalogue.FeeItem.Channel channel,
            @Parameter(description = "From this day (China time)", example = "2026-11-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Until this day, inclusive", example = "2026-11-30") @QueryParam("to") LocalDate to) {
        requireNationalScope();
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (channel != null) {
            q.append(" and channel = :channel");
            p.put("channel", channel);
        }
        if (from != null) {
            q.append(" and billDate >= :from");
            p.put("from", from);
        }
        if (to != null) {
            q.append(" and billDate <= :to");
            p.put("to", to);
        }
        return Reconciliation.<Reconciliation>find(q + " order by billDate desc, channel", p).page(0, 400).list()
                .stream().map(r -> views.reconciliation(r, false)).toList();
    }

    @GET
    @Path("/reconciliations/{id}")
    @Operation(summary = "One reconciliation with its discrepancies")
    @APIResponse(responseCode = "200", description = "The reconciliation report")
    @APIResponse(responseCode = "404", description = "No such reconciliation")
    @Transactional
    public ReconciliationView get(@PathParam("id") String id) {
        requireNationalScope();
        Reconciliation r = Reconciliation.findById(id);
        if (r == null) {
            throw ApiException.notFound("reconciliation");
        }
        return views.reconciliation(r, true);
    }

    @POST
    @Path("/reconciliations")
    @Operation(summary = "Reconcile one channel and day now", description = "Downloads the gateway's statement of the "
            + "day (China time) and compares it with our orders; a re-run replaces the report. Payments found at the "
            + "gateway but not here are applied at once.")
    @APIResponse(responseCode = "201", description = "The report")
    @APIResponse(responseCode = "409", description = "RECONCILIATION_RUNNING or CHANNEL_NOT_AVAILABLE")
    public Response run(ReconciliationRun request) {
        Violations.validate(validator, request);
        requireNationalScope();
        String id = reconciliations.run(request.channel(), request.billDate());
        return Response.status(201).entity(detail(id)).build();
    }

    @Transactional
    ReconciliationView detail(String id) {
        return views.reconciliation(Reconciliation.findById(id), true);
    }

    @GET
    @Path("/duplicate-charges")
    @Operation(summary = "Duplicate charges", description = "Money taken twice for one fee (or for a closed order), "
            + "newest first, with the refund status.")
    @APIResponse(responseCode = "200", description = "Duplicate charges")
    @Transactional
    public List<DuplicateChargeView> duplicates(
            @Parameter(description = "Only this refund status") @QueryParam("refundStatus")
            DuplicateCharge.RefundStatus refundStatus) {
        requireNationalScope();
        var query = refundStatus == null ? DuplicateCharge.<DuplicateCharge>find("order by createdAt desc")
                : DuplicateCharge.<DuplicateCharge>find("refundStatus = ?1 order by createdAt desc", refundStatus);
        return query.page(0, 500).list().stream().map(views::duplicate).toList();
    }

    /** Statements span all areas: finance operators bound to one area do not see them. */
    private void requireNationalScope() {
        if (Roles.FINANCE.equals(currentUser.role()) && currentUser.areaCode() != null) {
            throw ApiException.forbidden();
        }
    }
}
