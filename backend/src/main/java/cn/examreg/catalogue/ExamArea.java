package cn.examreg.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exam area (考区): one of the 31 provinces or the Xinjiang Production and Construction Corps; code = GB/T 2260 prefix. */
@Entity
@Table(name = "exam_area")
public class ExamArea extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
}
