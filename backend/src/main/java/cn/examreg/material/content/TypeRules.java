package cn.examreg.material.content;

import java.util.Set;

/**
 * What a material type accepts: formats, the size limit and, for images, the dimension rules (nulls: no rule).
 * {@code aspect} is height / width in thousandths. {@code reencodeAllowed}: an image with an EXIF rotation may be
 * turned upright and re-encoded (scans); when false such an image is refused (the photo must keep its bytes).
 *
 * @param name the type's localised name, for messages
 */
public record TypeRules(String name, Set<Format> formats, long maxBytes, Integer minWidth, Integer maxWidth,
                        Integer minHeight, Integer maxHeight, Integer minAspectPermille, Integer maxAspectPermille,
                        boolean reencodeAllowed) {
}
