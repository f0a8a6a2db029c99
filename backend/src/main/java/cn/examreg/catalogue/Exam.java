package cn.examreg.catalogue;

import cn.examreg.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exam of a year: code = year + category code, e.g. 2026110. */
@Entity
@Table(name = "exam")
public class Exam extends VersionedEntity {
    @Id
    public String code;
    public int year;
    @Column(name = "category_code")
    public String categoryCode;

    public static String codeOf(int year, String categoryCode) {
        return year + categoryCode;
    }
}
