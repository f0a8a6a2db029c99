package cn.examreg.payment.sandbox;

import cn.examreg.common.error.ApiException;
import cn.examreg.payment.sandbox.SandboxBank.Delivery;
import cn.examreg.payment.sandbox.SandboxBank.PayMode;
import cn.examreg.payment.sandbox.SandboxBank.TradeView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sandbox gateway's own pages and API: the QR code of a SANDBOX order leads to {@code /sandbox/pay/{orderNo}},
 * where the "payer" pays, pays twice or fails; {@code /sandbox/pay-by-number} plays the province's payment account
 * (name + 缴费号). Off (404) when {@code examreg.sandbox.enabled=false}.
 */
@Path("/sandbox")
@Tag(name = "Sandbox gateway", description = "The built-in simulated payment gateway (off in production)")
@PermitAll
public class SandboxResource {
    @Inject
    SandboxBank bank;
    @Inject
    SandboxConfig config;

    @Schema(name = "SandboxPayRequest", description = "What the payer does, and how the notifications travel")
    public record PayRequest(
            @Schema(description = "PAY (default), PAY_TWICE (a duplicate charge) or FAIL", examples = "PAY") PayMode mode,
            @Schema(description = "Delay before the notification, ms (default: configured)", examples = "1000") Long delayMs,
            @Schema(description = "Deliveries of each notification (duplicates)", examples = "1") Integer copies,
            @Schema(description = "Lose the notifications (the query job must find the payment)", examples = "false")
            Boolean lose,
            @Schema(description = "Deliver in random order", examples = "false") Boolean reorder) {
    }

    @GET
    @Path("/pay/{orderNo}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response payPage(@PathParam("orderNo") String orderNo) {
        enabled();
        return Response.ok(page("sandbox/pay.html")).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/pay-by-number")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response payByNumberPage() {
        enabled();
        return Response.ok(page("sandbox/pay-by-number.html")).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/api/trades/{orderNo}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A trade as the sandbox gateway books it")
    @APIResponse(responseCode = "200", description = "The trade")
    @APIResponse(responseCode = "404", description = "No such trade (or the sandbox is off)")
    public TradeView trade(@PathParam("orderNo") String orderNo) {
        enabled();
        return bank.view(orderNo);
    }

    @POST
    @Path("/api/trades/{orderNo}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay (or fail) a sandbox trade", description = "The payer's action on the sandbox page. The "
            + "gateway then notifies the server asynchronously, signed, with the delay, duplication, reordering or "
            + "loss asked for.")
    @APIResponse(responseCode = "200", description = "The trade after the action")
    @APIResponse(responseCode = "404", description = "No such trade (or the sandbox is off)")
    @APIResponse(responseCode = "409", description = "SANDBOX_TRADE_CLOSED: closed or expired")
    public TradeView pay(@PathParam("orderNo") String orderNo, PayRequest request) {
        enabled();
        PayRequest r = request == null ? new PayRequest(null, null, null, null, null) : request;
        return bank.pay(orderNo, r.mode() == null ? PayMode.PAY : r.mode(),
                new Delivery(r.delayMs(), r.copies(), r.lose(), r.reorder()));
    }

    private void enabled() {
        if (!config.enabled()) {
            throw ApiException.notFound("sandbox");
        }
    }

    private static String page(String resource) {
        try (InputStream in = SandboxResource.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
