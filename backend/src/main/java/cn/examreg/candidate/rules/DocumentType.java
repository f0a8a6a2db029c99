package cn.examreg.candidate.rules;

import java.util.EnumSet;
import java.util.Set;

/** Identity documents a candidate may register with, each tied to the regions it is issued for. */
public enum DocumentType {
    RESIDENT_ID("居民身份证", EnumSet.of(Region.MAINLAND, Region.HONG_KONG, Region.MACAO, Region.TAIWAN)),
    MILITARY_OFFICER("军官证", EnumSet.of(Region.MAINLAND)),
    POLICE_OFFICER("警官证", EnumSet.of(Region.MAINLAND)),
    CIVILIAN_CADRE("文职干部证", EnumSet.of(Region.MAINLAND)),
    SOLDIER("士兵(官)证", EnumSet.of(Region.MAINLAND)),
    MILITARY_STUDENT("军队学员证", EnumSet.of(Region.MAINLAND)),
    TAIWAN_PERMIT("台湾居民往来大陆通行证", EnumSet.of(Region.TAIWAN)),
    TAIWAN_ID("台湾身份证", EnumSet.of(Region.TAIWAN)),
    HONG_KONG_PERMIT("港澳居民来往内地通行证(香港)", EnumSet.of(Region.HONG_KONG)),
    HONG_KONG_ID("香港身份证", EnumSet.of(Region.HONG_KONG)),
    MACAO_PERMIT("港澳居民来往内地通行证(澳门)", EnumSet.of(Region.MACAO)),
    MACAO_ID("澳门身份证", EnumSet.of(Region.MACAO)),
    PASSPORT("外籍护照", EnumSet.of(Region.FOREIGN));

    private final String zh;
    private final Set<Region> regions;

    DocumentType(String zh, Set<Region> regions) {
        this.zh = zh;
        this.regions = regions;
    }

    /** Whether candidates from the region may register with this document. */
    public boolean allowedFor(Region region) {
        return region != null && regions.contains(region);
    }

    /** Chinese label shown to candidates. */
    public String zh() {
        return zh;
    }

    /** Whether sex and birth date are read from the document number (only the 18-digit resident ID). */
    public boolean derivesSexAndBirthDate() {
        return this == RESIDENT_ID;
    }
}
