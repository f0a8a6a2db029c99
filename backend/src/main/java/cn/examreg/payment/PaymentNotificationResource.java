package cn.examreg.payment;

import cn.examreg.catalogue.FeeItem.Channel;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gateway callbacks. The answers follow the gateways' protocol (WeChat Pay v3: 2xx means "received, stop retrying";
 * otherwise a JSON {@code {"code":"FAIL","message":…}}), not problem+json, because gateways read them.
 */
@Path("/api/v1/payment-notifications/{channel}")
@Tag(name = "Payment notifications", description = "Asynchronous payment and refund results sent by the gateways")
public class PaymentNotificationResource {
    @Inject
    NotificationService notifications;

    /** The failure answer of the WeChat Pay v3 notification protocol. */
    @Schema(name = "GatewayAnswer", description = "Failure answer to a gateway (its protocol, not problem+json)")
    public record GatewayAnswer(@Schema(required = true, examples = "FAIL") String code,
                                @Schema(required = true, examples = "verification failed") String message) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a gateway notification",
            description = "Called by the gateway, not by people. Verified (signature with the gateway's key, signed "
                    + "timestamp within 5 minutes, nonce never seen before), decrypted where the protocol encrypts "
                    + "(WeChat: AEAD_AES_256_GCM with the APIv3 key), stored raw, then applied once: the order becomes "
                    + "PAID with the transaction number; a repeat changes nothing; a second payment of a paid fee or a "
                    + "payment of a closed order is recorded as a duplicate charge; an amount or order mismatch changes "
                    + "nothing and raises an alert. 204 tells the gateway to stop retrying.")
    @APIResponse(responseCode = "204", description = "Received and stored (applied, or recorded as duplicate/mismatch)")
    @APIResponse(responseCode = "401", description = "Forged, stale or replayed: the gateway's protocol answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatewayAnswer.class),
                    examples = @ExampleObject(name = "forged", value = "{\"code\":\"FAIL\",\"message\":\"verification failed\"}")))
    @APIResponse(responseCode = "404", description = "Channel unknown or not enabled on this server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatewayAnswer.class)))
    public Response receive(@Parameter(description = "SANDBOX or WECHAT_NATIVE", example = "SANDBOX")
                            @PathParam("channel") String channel,
                            @Context HttpHeaders headers, String body) {
        Channel ch;
        try {
            ch = Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            return fail(404, "unknown channel");
        }
        Map<String, String> lower = new HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        try {
            notifications.receive(ch, lower, body == null ? "" : body);
            return Response.noContent().build();
        } catch (NotificationService.Refused e) {
            return fail(e.status, e.getMessage());
        }
    }

    private static Response fail(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new GatewayAnswer("FAIL", message)).build();
    }
}
