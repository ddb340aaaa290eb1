package dev.newsgraph.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in markup meant for machines: OpenGraph and article meta tags, JSON-LD
 * (schema.org NewsArticle and kin) and microdata. Sites fill these for search engines and link previews, so
 * they name the site and the story more reliably than anything printed around the text.
 */
final class HtmlMetadata {

    /** Any field may be null; {@code documentTitle} is the page's {@code <title>}. */
    record Found(String title, String siteName, String author, LocalDate publishedOn, String documentTitle) {
    }

    /** One string field of a JSON-LD object; bounded runs keep the scan linear. */
    private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,400})\"");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*\\[?\\s*(?:\\{[^{}\\]]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,120})\"|\"([^\"]{1,120})\")");
    private static final Pattern LD_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\[?\\s*\\{[^{}\\]]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,120})\"");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private HtmlMetadata() {
    }

    static Found read(Document doc) {
        StringBuilder ld = new StringBuilder();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            ld.append(script.data()).append('\n');
        }
        String json = ld.length() > 200_000 ? ld.substring(0, 200_000) : ld.toString();

        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), group(LD_HEADLINE, json),
                text(doc.selectFirst("h1")));
        String site = first(siteName(meta(doc, "og:site_name")), group(LD_PUBLISHER, json), meta(doc, "application-name"),
                meta(doc, "twitter:site") == null ? null : meta(doc, "twitter:site").replaceFirst("^@", ""));
        String author = first(name(meta(doc, "author")), name(meta(doc, "article:author")),
                name(group(LD_AUTHOR, json)), name(text(doc.selectFirst("[itemprop=author] [itemprop=name]"))),
                name(text(doc.selectFirst("[rel=author]"))));
        LocalDate published = firstDate(meta(doc, "article:published_time"), group(LD_PUBLISHED, json),
                meta(doc, "datePublished"), attr(doc.selectFirst("[itemprop=datePublished]"), "content"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"), meta(doc, "date"),
                meta(doc, "pubdate"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        return new Found(unescape(title), unescape(site), unescape(author), published, doc.title().strip());
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        if (e == null) {
            return null;
        }
        String content = e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() || t.length() > 400 ? null : t;
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name).strip();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** A site's name; some pages put their address there instead, which names no publisher. */
    private static String siteName(String value) {
        return value == null || value.contains("://") || value.startsWith("www.") ? null : value;
    }

    /** A person's or desk's name; profile URLs and e-mail addresses stand for a name but are not one. */
    private static String name(String value) {
        if (value == null || value.contains("://") || value.contains("@") || value.startsWith("/")
                || value.length() > 120) {
            return null;
        }
        return value;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            if (v == null) {
                continue;
            }
            Matcher iso = ISO_DATE.matcher(v);
            if (iso.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
            DateReader.Found found = DateReader.find(v);
            if (found != null) {
                return found.date();
            }
        }
        return null;
    }

    /** JSON string escapes and the HTML entities some sites double-encode into their metadata. */
    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        String out = s;
        if (out.indexOf('\\') >= 0) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\\' && i + 1 < out.length()) {
                    char n = out.charAt(++i);
                    if (n == 'u' && i + 4 < out.length()) {
                        try {
                            b.append((char) Integer.parseInt(out.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException e) {
                            b.append(n);
                        }
                    } else {
                        b.append(n == 'n' || n == 't' ? ' ' : n);
                    }
                } else {
                    b.append(c);
                }
            }
            out = b.toString();
        }
        if (out.indexOf('&') >= 0) {
            out = org.jsoup.parser.Parser.unescapeEntities(out, false);
        }
        out = PageCleaner.collapseSpaces(out).strip();
        return out.isEmpty() ? null : out;
    }
}
