package dev.newsgraph.extract;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns raw page input (HTML or scraped text) into plain text with one paragraph per line. */
public final class PageText {

    private static final String DROPPED_ELEMENTS = "script, style, noscript, nav, footer, aside, form, iframe, svg, template, button";

    private PageText() {
    }

    /** True when the input is an HTML document or fragment rather than scraped text. */
    public static boolean looksLikeHtml(String text) {
        if (text == null) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 2000)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html")) {
            return true;
        }
        int tags = 0;
        for (String tag : new String[] {"<p>", "<p ", "<div", "<body", "<head", "<br", "<h1", "<article", "<span"}) {
            int at = head.indexOf(tag);
            while (at >= 0 && tags < 3) {
                tags++;
                at = head.indexOf(tag, at + 1);
            }
        }
        return tags >= 2;
    }

    /**
     * Text of an HTML page: the document title, then one paragraph per line with blank lines between
     * blocks. Scripts, styles, navigation and footers are dropped because they never carry article text.
     */
    public static String fromHtml(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select(DROPPED_ELEMENTS).remove();
        StringBuilder out = new StringBuilder();
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            out.append(title).append("\n\n");
        }
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    line.append(textNode.getWholeText());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    flush(line, out, "\n");
                } else if (node instanceof Element element && element.isBlock()) {
                    flush(line, out, "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    flush(line, out, "\n\n");
                }
            }
        }, doc.body());
        flush(line, out, "\n");
        return out.toString().strip();
    }

    private static void flush(StringBuilder line, StringBuilder out, String separator) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.append(text).append(separator);
        }
    }

    /**
     * Normalises scraped text: unifies line breaks, turns non-breaking and other odd spaces into plain
     * spaces and drops soft hyphens, zero-width and control characters, so offsets later refer to clean text.
     */
    static String normalise(String raw) {
        int first = 0;
        while (first < raw.length() && unchanged(raw.charAt(first))) {
            first++;
        }
        // most scraped text is already clean: copy only from the first character that changes
        if (first == raw.length()) {
            return raw;
        }
        // a char array, not a StringBuilder: text with curly quotes would make the builder re-encode itself
        char[] out = new char[raw.length()];
        raw.getChars(0, first, out, 0);
        int n = first;
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out[n++] = '\n';
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out[n++] = '\n';
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u000B' || c == '\u000C') {
                out[n++] = ' ';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out[n++] = '\n';
            } else if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
                    || Character.isISOControl(c) || c == '\uFFFD' || (Character.isSurrogate(c) && !validSurrogate(raw, i))) {
                // invisible or broken characters carry no text
            } else {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** Characters {@link #normalise} keeps as they are without looking at their neighbours. */
    private static boolean unchanged(char c) {
        if (c >= ' ' && c < 0x7F || c == '\n') {
            return true;
        }
        return !(c == '\r' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || c >= '\u2000' && c <= '\u200D' || c == '\u205F' || c == '\u000B' || c == '\u000C' || c == '\u2028'
                || c == '\u2029' || c == '\u0085' || c == '\u00AD' || c == '\u2060' || c == '\uFEFF'
                || Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c));
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
