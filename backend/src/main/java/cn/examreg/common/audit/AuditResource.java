package cn.examreg.common.audit;

import cn.examreg.common.error.ApiException;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit-events")
@Tag(name = "Admin: audit", description = "The audit trail of changes (personal data masked)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    @Schema(description = "One recorded change")
    public record AuditEntry(
            @Schema(required = true, examples = "42") long id,
            @Schema(required = true) Instant occurredAt,
            @Schema(description = "Account id of the actor; empty for the system") String actorId,
            @Schema(examples = "NATIONAL") String actorRole,
            @Schema(required = true, examples = "BASIC_INFO_CORRECTED") String action,
            @Schema(required = true, examples = "candidate") String entityType,
            @Schema(required = true) String entityId,
            @Schema(description = "JSON of the state before, personal data masked") String before,
            @Schema(description = "JSON of the state after, personal data masked") String after,
            @Schema(examples = "现场审核核对身份证原件，姓名录入有误") String reason) {
    }

    @GET
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Audit trail of one entity", description = "Every change of the entity, oldest first: who "
            + "(account and role), when, what action, the state before and after (personal data masked) and why.")
    @APIResponse(responseCode = "200", description = "Events, oldest first")
    public List<AuditEntry> list(
            @Parameter(description = "Entity type: candidate, account, education, training, certificate",
                    required = true, example = "candidate") @QueryParam("entityType") String entityType,
            @Parameter(description = "Entity id", required = true) @QueryParam("entityId") String entityId) {
        if (entityType == null || entityType.isBlank()) {
            throw ApiException.invalid("entityType", "REQUIRED");
        }
        if (entityId == null || entityId.isBlank()) {
            throw ApiException.invalid("entityId", "REQUIRED");
        }
        return audit.forEntity(entityType, entityId).stream()
                .map(e -> new AuditEntry(e.id, e.occurredAt, e.actorId, e.actorRole, e.action, e.entityType,
                        e.entityId, e.beforeData, e.afterData, e.reason))
                .toList();
    }
}
