package dev.newsgraph.extract;

import org.jsoup.Jsoup;

/** Turns a whole HTML page into the plain text extraction reads. (Placeholder until the engine lands.) */
public final class PageText {

    private PageText() {
    }

    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    public static String fromHtml(String html) {
        return Jsoup.parse(html).wholeText();
    }
}
