package cn.examreg.material.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts as people read them: 40 KB, 5 MB, 52.3 KB (1 KB = 1024 bytes, as operating systems show files). */
public final class Sizes {
    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        return trim(bytes / (1024.0 * 1024 * 1024)) + " GB";
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
