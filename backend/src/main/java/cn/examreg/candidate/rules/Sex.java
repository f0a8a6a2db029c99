package cn.examreg.candidate.rules;

/** Sex as encoded in the 17th digit of a resident ID number (odd male, even female). */
public enum Sex {
    MALE, FEMALE
}
