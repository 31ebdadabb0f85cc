package nl.schoolverzuim.web;

import org.springframework.web.util.HtmlUtils;

/** For the project's own server-side pages (UTF-8). */
public final class Html {

    private Html() {
    }

    /** Escapes markup but keeps letters such as ë as they are. */
    public static String html(String tekst) {
        return HtmlUtils.htmlEscape(tekst, "UTF-8");
    }
}
