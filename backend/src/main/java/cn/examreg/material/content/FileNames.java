package cn.examreg.material.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a material is shown and downloaded under: the last segment of whatever the client sent (no folders,
 * so no path traversal), without control characters or characters file systems and headers reject, at most 100
 * characters, with the extension of the format its bytes are. It is only ever a label: stored objects are named
 * by the material's id.
 */
public final class FileNames {
    private static final int MAX = 100;

    private FileNames() {
    }

    public static String sanitise(String submitted, Format format, String fallbackBase) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) && "<>:\"/\\|?*;%".indexOf(cp) < 0
                    && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.PRIVATE_USE) {
                clean.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        });
        String base = clean.toString().strip().replaceAll(" {2,}", " ");
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("^[. ]+|[. ]+$", "");
        if (base.isEmpty()) {
            base = fallbackBase;
        }
        int limit = MAX - format.extension().length() - 1;
        if (base.codePointCount(0, base.length()) > limit) {
            base = base.substring(0, base.offsetByCodePoints(0, limit));
        }
        return base + "." + format.extension().toLowerCase(Locale.ROOT);
    }
}
