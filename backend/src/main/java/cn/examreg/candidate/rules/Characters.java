package cn.examreg.candidate.rules;

/** Code point classes shared by the rules (package-private helper). */
final class Characters {

    private Characters() {
    }

    /** Whether the code point is a CJK unified ideograph: basic block, extension A, or extensions B-I beyond the BMP. */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK Unified Ideographs
                || (cp >= 0x3400 && cp <= 0x4DBF)  // Extension A
                || (cp >= 0x20000 && cp <= 0x2A6DF) // Extension B
                || (cp >= 0x2A700 && cp <= 0x2EE5F) // Extensions C, D, E, F, I
                || (cp >= 0x30000 && cp <= 0x323AF); // Extensions G, H
    }

    /** Whether the code point is an ASCII letter A-Z or a-z. */
    static boolean isAsciiLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    /** Whether the code point is an ASCII digit 0-9. */
    static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** Length in code points, so a character beyond the BMP counts as one. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
