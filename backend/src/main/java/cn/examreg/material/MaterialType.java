package cn.examreg.material;

import cn.examreg.material.content.Format;
import cn.examreg.material.content.TypeRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A kind of material with its rules (reference data seeded by Liquibase): accepted formats, size, dimensions. */
@Entity
@Table(name = "material_type")
public class MaterialType extends PanacheEntityBase {
    public static final String PHOTO = "PHOTO";
    public static final String ID_DOCUMENT = "ID_DOCUMENT";
    public static final String GRADUATION_CERTIFICATE = "GRADUATION_CERTIFICATE";
    public static final String EDU_MOE_RECORD = "EDU_MOE_RECORD";
    public static final String EDU_CREDENTIAL_REPORT = "EDU_CREDENTIAL_REPORT";
    public static final String EDU_SECONDARY_PROOF = "EDU_SECONDARY_PROOF";
    public static final String EDU_OVERSEAS_CREDENTIAL = "EDU_OVERSEAS_CREDENTIAL";
    public static final String EDU_TCM_EXPERTISE = "EDU_TCM_EXPERTISE";
    public static final String PROBATION_CERTIFICATE = "PROBATION_CERTIFICATE";
    public static final String ASSISTANT_QUALIFICATION = "ASSISTANT_QUALIFICATION";
    public static final String ASSISTANT_PRACTISING = "ASSISTANT_PRACTISING";
    public static final String MILITARY_UNIT_APPROVAL = "MILITARY_UNIT_APPROVAL";
    public static final String INTERNSHIP_APPROVAL_HMT = "INTERNSHIP_APPROVAL_HMT";
    public static final String INTERNSHIP_APPROVAL_FOREIGN = "INTERNSHIP_APPROVAL_FOREIGN";
    public static final String GRADUATE_PLEDGE = "GRADUATE_PLEDGE";
    public static final String OTHER = "OTHER";

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "description_zh")
    public String descriptionZh;
    @Column(name = "description_en")
    public String descriptionEn;
    public String formats;
    @Column(name = "max_bytes")
    public long maxBytes;
    @Column(name = "min_width")
    public Integer minWidth;
    @Column(name = "max_width")
    public Integer maxWidth;
    @Column(name = "min_height")
    public Integer minHeight;
    @Column(name = "max_height")
    public Integer maxHeight;
    @Column(name = "min_aspect_permille")
    public Integer minAspectPermille;
    @Column(name = "max_aspect_permille")
    public Integer maxAspectPermille;
    @Column(name = "per_entry")
    public boolean perEntry;
    @Column(name = "needs_verification_code")
    public boolean needsVerificationCode;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<MaterialType> all() {
        return list("order by sortOrder");
    }

    public Set<Format> formatSet() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        Arrays.stream(formats.split(",")).map(String::trim).map(Format::valueOf).forEach(set::add);
        return set;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
    }

    /** The photo keeps its bytes (size rule); scans may be turned upright and re-encoded. */
    public TypeRules rules(Locale locale) {
        return new TypeRules(name(locale), formatSet(), maxBytes, minWidth, maxWidth, minHeight, maxHeight,
                minAspectPermille, maxAspectPermille, !PHOTO.equals(code));
    }
}
