package cn.examreg.payment;

import cn.examreg.application.Application;
import cn.examreg.application.pdf.ApplicationPdfs;
import cn.examreg.application.pdf.ReceiptData;
import cn.examreg.candidate.Candidate;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.common.audit.Masking;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.Roles;
import cn.examreg.payment.PaymentDtos.PaymentOrderCreate;
import cn.examreg.payment.PaymentDtos.PaymentOrderView;
import cn.examreg.payment.PaymentOrderStateMachine.Status;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/payment-orders")
@Tag(name = "Payments", description = "Payment orders for exam fees: QR code or payment number (缴费号), status, receipt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentOrderResource {
    private static final String READERS = "the candidate who owns it, operators in scope (finance: its area or all)";

    @Inject
    PaymentOrderService orders;
    @Inject
    PaymentViews views;
    @Inject
    QrCodes qrCodes;
    @Inject
    CatalogueService catalogue;
    @Inject
    Validator validator;

    @POST
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Pay a fee: create (or get) the payment order",
            description = "Needs an `Idempotency-Key` header (8–64 characters of letters, digits, `_-:.`; a fresh UUID "
                    + "per click is fine). The same key and body return the same order (200); the same key with another "
                    + "body is 422. Independently of keys there is at most one open order per application and fee: a "
                    + "second click, tab or server instance gets the open one (200). 201 when this request created it. "
                    + "Refused with 409 naming the reason when the fee is not payable now (window not open / closed "
                    + "with its dates in China time, skills result missing, application not submitted or not yet "
                    + "approved by the site, fee already paid).")
    @APIResponse(responseCode = "201", description = "The new order, payable (status PAYING) with its QR link and 缴费号",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentOrderView.class)))
    @APIResponse(responseCode = "200", description = "The order created earlier with this key, or the open order of this fee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such application of yours")
    @APIResponse(responseCode = "409", description = "Not payable now: PAYMENT_WINDOW_NOT_OPEN, PAYMENT_WINDOW_CLOSED, "
            + "SKILLS_RESULT_REQUIRED, SITE_APPROVAL_REQUIRED, APPLICATION_NOT_SUBMITTED, FEE_ALREADY_PAID, "
            + "CHANNEL_NOT_AVAILABLE, FEE_NOT_CONFIGURED; or IDEMPOTENCY_KEY_IN_PROGRESS")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: this key was used with another body")
    @APIResponse(responseCode = "503", description = "GATEWAY_UNAVAILABLE: the gateway did not answer, or PAYMENT_BUSY: too "
            + "many orders being opened at this moment; retry with the same key")
    public Response create(
            @Parameter(description = "Unique per intended payment; retries send the same one", required = true,
                    example = "6f1c2d7e-3b7a-4c1e-9a51-2f0d8c4b9e10")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            PaymentOrderCreate request) {
        IdempotencyKeys.check(idempotencyKey);
        Violations.validate(validator, request);
        PaymentOrderService.Created c = orders.create(request, idempotencyKey);
        return Response.status(c.created() ? 201 : 200).entity(view(c.order())).build();
    }

    @GET
    @Path("/{orderNo}")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "One payment order", description = "Poll it while paying: PAID shows the transaction number "
            + "(交易流水号). Readable by " + READERS + ".")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    public PaymentOrderView get(@Parameter(example = "EX2026112300000012345678") @PathParam("orderNo") String orderNo) {
        return view(orders.readable(orderNo));
    }

    @GET
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "The payment orders of an application", description = "Newest first, all states. Readable by "
            + READERS + ".")
    @APIResponse(responseCode = "200", description = "The orders")
    @APIResponse(responseCode = "404", description = "No such application in your scope")
    @Transactional
    public List<PaymentOrderView> list(@Parameter(description = "The application", required = true)
                                       @QueryParam("applicationId") String applicationId) {
        if (applicationId == null || applicationId.isBlank()) {
            throw ApiException.invalid("applicationId", "REQUIRED");
        }
        return orders.ofApplication(applicationId).stream().map(views::order).toList();
    }

    @POST
    @Path("/{orderNo}/close")
    @RolesAllowed({Roles.CANDIDATE, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "Close an open order", description = "Closed at the gateway first; if the gateway reports it "
            + "paid meanwhile, the order becomes PAID instead (answer shows it). Frees the fee for a new order, e.g. "
            + "through another channel.")
    @APIResponse(responseCode = "200", description = "The order, CLOSED (or PAID)")
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    @APIResponse(responseCode = "409", description = "ILLEGAL_ORDER_TRANSITION: the order is not open")
    public PaymentOrderView close(@PathParam("orderNo") String orderNo) {
        return view(orders.close(orderNo));
    }

    @GET
    @Path("/{orderNo}/qrcode")
    @Produces({"image/png", "image/svg+xml"})
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "The QR code to scan", description = "PNG (default) or SVG (`format=svg` or `Accept: "
            + "image/svg+xml`) of the order's payment link, while the order is payable.")
    @APIResponse(responseCode = "200", description = "The QR code", content = {
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_PAYABLE: paid, closed or expired")
    public Response qrcode(@PathParam("orderNo") String orderNo,
                           @Parameter(description = "png or svg", example = "png") @QueryParam("format") String format,
                           @Parameter(description = "Edge length in pixels (PNG), 128–1024") @QueryParam("size")
                           @DefaultValue("256") int size,
                           @HeaderParam("Accept") String accept) {
        PaymentOrder o = orders.readable(orderNo);
        if (!PaymentOrderStateMachine.isOpen(o.status) || o.codeUrl == null || o.expiredAt(Instant.now())) {
            throw new ApiException(409, "ORDER_NOT_PAYABLE", o.status.name());
        }
        if (size < 128 || size > 1024) {
            throw ApiException.invalid("size", "RANGE", "128–1024");
        }
        boolean svg = "svg".equalsIgnoreCase(format)
                || format == null && accept != null && accept.contains("image/svg+xml") && !accept.contains("image/png");
        if (format != null && !svg && !"png".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "ONE_OF", "png, svg");
        }
        return svg
                ? Response.ok(qrCodes.svg(o.codeUrl), "image/svg+xml").header("Cache-Control", "no-store").build()
                : Response.ok(qrCodes.png(o.codeUrl, size), "image/png").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{orderNo}/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL, Roles.FINANCE})
    @Operation(summary = "Payment receipt (缴费凭证) as PDF", description = "For a paid order: name, application number, "
            + "fee, amount, order number, transaction number and payment time.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such order in your scope")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_PAID")
    @Transactional
    public Response receipt(@PathParam("orderNo") String orderNo) {
        PaymentOrder o = orders.readable(orderNo);
        if (o.status != Status.PAID && o.status != Status.REFUNDING && o.status != Status.REFUNDED) {
            throw new ApiException(409, "ORDER_NOT_PAID", o.status.name());
        }
        Application a = Application.findById(o.applicationId);
        Candidate c = Candidate.findById(o.candidateId);
        String examName = catalogue.exam(o.examCode).flatMap(e -> catalogue.findCategory(e.categoryCode))
                .map(cat -> cat.nameZh).orElse("");
        String area = catalogue.area(o.areaCode).map(ar -> ar.nameZh).orElse(o.areaCode);
        byte[] pdf = ApplicationPdfs.receipt(new ReceiptData(o.orderNo, o.transactionId, a.number, o.examCode, examName,
                c.name, Masking.mask(c.documentNumber), area,
                o.feeItem == cn.examreg.catalogue.FeeItem.Item.SKILLS ? "技能考试费" : "综合笔试费", o.paidFen,
                o.channel.name(), o.paidAt, Instant.now()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + o.orderNo + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private PaymentOrderView view(PaymentOrder o) {
        return views.order(o);
    }
}
