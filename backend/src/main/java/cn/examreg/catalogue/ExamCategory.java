package cn.examreg.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exam category and level with its numeric code (reference data seeded by Liquibase), e.g. 110 临床执业医师. */
@Entity
@Table(name = "exam_category")
public class ExamCategory extends PanacheEntityBase {
    /** 执业医师 or 执业助理医师. */
    @Schema(name = "ExamLevel", description = "执业医师 (PRACTISING) or 执业助理医师 (ASSISTANT)")
    public enum Level { PRACTISING, ASSISTANT }

    /** Clinical, dental, public health, Chinese medicine (incl. ethnic and integrated), village general. */
    @Schema(name = "ExamDiscipline", description = "Clinical, dental, public health, Chinese medicine, ethnic "
            + "medicine, integrated Chinese and Western medicine, village general")
    public enum Discipline { CLINICAL, DENTAL, PUBLIC_HEALTH, CHINESE_MEDICINE, ETHNIC_MEDICINE, INTEGRATED, VILLAGE_GENERAL }

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    @Column(name = "sort_order")
    public int sortOrder;
}
