package cn.examreg.application;

import cn.examreg.common.error.ApiException;
import java.util.List;
import java.util.Locale;

/**
 * What applications need from the materials capability, which implements it (so this package does not depend on
 * that one): the problems that block a submission, and the accepted photo for the printed form.
 */
public interface ApplicationMaterials {
    /**
     * Required materials that are missing or rejected, as field errors on {@code materials.<TYPE>} whose messages
     * name the material (in {@code locale}). Called with the application row locked.
     */
    List<ApiException.FieldError> submitProblems(Application application, Locale locale);

    /** The bytes of the application's accepted photo (JPEG), or null when there is none. */
    byte[] acceptedPhoto(Application application);
}
