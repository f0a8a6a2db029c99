package cn.examreg.common.audit;

import cn.examreg.common.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes the audit trail inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditLog {
    @Inject
    CurrentUser currentUser;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId,
                       Map<String, ?> before, Map<String, ?> after, String reason) {
        recordAs(currentUser.isAuthenticated() ? currentUser.accountId() : null,
                currentUser.isAuthenticated() ? currentUser.role() : null,
                action, entityType, entityId, before, after, reason);
    }

    /** For changes where the actor is known but not (yet) authenticated, e.g. registration or login. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actorId, String actorRole, String action, String entityType, String entityId,
                         Map<String, ?> before, Map<String, ?> after, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorId = actorId;
        event.actorRole = actorRole;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.beforeData = toJson(before);
        event.afterData = toJson(after);
        event.reason = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
        event.persist();
    }

    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return AuditEvent.list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }

    private String toJson(Map<String, ?> data) {
        if (data == null) {
            return null;
        }
        try {
            return json.writeValueAsString(Masking.maskMap(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
