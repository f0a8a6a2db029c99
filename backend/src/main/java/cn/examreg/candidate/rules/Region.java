package cn.examreg.candidate.rules;

/** Where a candidate is from; decides which documents, name forms and contact formats apply. */
public enum Region {
    MAINLAND, HONG_KONG, MACAO, TAIWAN, FOREIGN
}
