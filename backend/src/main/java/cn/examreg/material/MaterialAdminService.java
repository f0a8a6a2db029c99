package cn.examreg.material;

import cn.examreg.catalogue.CatalogueService;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import cn.examreg.material.MaterialDtos.AreaRequirements;
import cn.examreg.material.MaterialDtos.AreaRequirementsUpdate;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reads and replaces the per-area material requirements, audited. */
@ApplicationScoped
public class MaterialAdminService {
    @Inject
    ChecklistService checklists;
    @Inject
    CatalogueService catalogue;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    public AreaRequirements requirements(String areaCode) {
        catalogue.area(areaCode).orElseThrow(() -> ApiException.notFound("exam area " + areaCode));
        return new AreaRequirements(areaCode, checklists.areaTypes(areaCode));
    }

    @Transactional
    public AreaRequirements replace(String areaCode, AreaRequirementsUpdate r, Violations v) {
        catalogue.area(areaCode).orElseThrow(() -> ApiException.notFound("exam area " + areaCode));
        if (!Roles.NATIONAL.equals(currentUser.role()) && !Objects.equals(currentUser.areaCode(), areaCode)) {
            throw ApiException.forbidden();
        }
        v.throwIfAny();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < r.typeCodes().size(); i++) {
            String code = r.typeCodes().get(i).trim();
            MaterialType type = MaterialType.findById(code);
            if (type == null) {
                v.check("typeCodes[" + i + "]", "MATERIAL_TYPE_UNKNOWN", code);
            } else if (type.perEntry) {
                v.check("typeCodes[" + i + "]", "MATERIAL_TYPE_PER_ENTRY", code);
            } else {
                codes.add(code);
            }
        }
        v.throwIfAny();
        List<String> before = checklists.areaTypes(areaCode);
        var em = Panache.getEntityManager();
        em.createNativeQuery("DELETE FROM material_area_requirement WHERE area_code = ?1").setParameter(1, areaCode)
                .executeUpdate();
        for (String code : codes) {
            em.createNativeQuery("INSERT INTO material_area_requirement (area_code, type_code) VALUES (?1, ?2)")
                    .setParameter(1, areaCode).setParameter(2, code).executeUpdate();
        }
        List<String> after = checklists.areaTypes(areaCode);
        audit.record("MATERIAL_AREA_REQUIREMENTS", "exam_area", areaCode, Map.of("typeCodes", before),
                Map.of("typeCodes", after), null);
        return new AreaRequirements(areaCode, after);
    }
}
