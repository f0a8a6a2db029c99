package cn.examreg.material.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file format the materials accept, decided from the file's bytes (magic numbers), never from its name. */
@Schema(name = "MaterialFormat", description = "File format, decided from the content")
public enum Format {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }
}
