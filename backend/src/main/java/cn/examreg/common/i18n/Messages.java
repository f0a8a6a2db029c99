package cn.examreg.common.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised texts for problem codes ({@code i18n/problems}) and rule codes ({@code i18n/rules}).
 * Chinese is the default (the base bundles); English is chosen by {@code Accept-Language: en}.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The locale of a request: English when the client prefers it, Chinese otherwise. */
    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return CHINESE;
        }
        List<Locale> preferred = headers.getAcceptableLanguages();
        for (Locale locale : preferred) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(language)) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The locale of a raw {@code Accept-Language} header value (for handlers outside JAX-RS). */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (tag.startsWith("zh")) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** Capability bundles (i18n/&lt;name&gt;.properties) that hold both problem and rule texts of that capability. */
    private static final String[] CAPABILITY_BUNDLES = {"i18n/application", "i18n/material"};

    public static String problem(Locale locale, String code, Object... args) {
        return firstOf(locale, code, args, "i18n/problems");
    }

    /** A rule's message: the domain rules first ({@code i18n/rules}), then the generic ones ({@code i18n/fields}). */
    public static String rule(Locale locale, String code, Object... args) {
        return firstOf(locale, code, args, "i18n/rules", "i18n/fields");
    }

    private static String firstOf(Locale locale, String code, Object[] args, String... bundles) {
        for (String bundle : bundles) {
            String text = text(bundle, locale, code, args);
            if (!text.equals(code)) {
                return text;
            }
        }
        for (String bundle : CAPABILITY_BUNDLES) {
            String text = text(bundle, locale, code, args);
            if (!text.equals(code)) {
                return text;
            }
        }
        return code;
    }

    private static String text(String bundle, Locale locale, String code, Object... args) {
        try {
            Locale chosen = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
            String pattern = ResourceBundle.getBundle(bundle, chosen, NO_FALLBACK).getString(code);
            return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
