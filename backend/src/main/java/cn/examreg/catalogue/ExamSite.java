package cn.examreg.catalogue;

import cn.examreg.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exam site (考点) of an area; a restricted site accepts only candidates of its listed probation institutions. */
@Entity
@Table(name = "exam_site")
public class ExamSite extends VersionedEntity {
    @Id
    public String code;
    @Column(name = "area_code")
    public String areaCode;
    public String name;
    public String address;
    public boolean restricted;

    /** Whether a candidate whose probation institution is {@code institution} may choose this site. */
    public boolean accepts(String institution) {
        if (!restricted) {
            return true;
        }
        return institution != null
                && SiteInstitution.count("siteCode = ?1 and institution = ?2", code, institution.trim()) > 0;
    }
}
