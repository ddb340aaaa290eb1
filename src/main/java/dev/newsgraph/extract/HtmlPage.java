package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of an HTML page by its structure: the block whose paragraphs hold the most prose and
 * the fewest links wins, its neighbours join it when they read like more of the same, and furniture inside it
 * (share bars, related lists, captions, link lists) is dropped. The page is parsed once and every statistic is
 * gathered in one bottom-up pass, so the work stays linear in the page size.
 */
final class HtmlPage {

    /** The article part of a page: body paragraphs in reading order, and the page's own description of itself. */
    record Parsed(List<String> paragraphs, HtmlMetadata.Found metadata) {
    }

    /** Never article text, wherever they stand. */
    private static final String NEVER_TEXT = "script, style, noscript, svg, template, iframe, object, embed, canvas,"
            + " button, input, select, textarea, option, dialog, nav, footer, aside, figure, figcaption, picture,"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], [role=banner],"
            + " [hidden], [aria-hidden=true], [itemprop=image], [class~=(?i)^(sr-only|visually-hidden|screen-reader-text)$]";
    /** Class or id words of page furniture (menus, share bars, related lists, cookie and newsletter boxes, ads). */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[-_ ])(?:nav|navbar|menu|breadcrumbs?|sidebar|"
            + "share|sharing|social|related|recommended|recirc|more-stories|trending|popular|newsletter|subscribe|"
            + "signup|cookie|consent|gdpr|banner|promo|advert|ads?|ad-slot|sponsor|outbrain|taboola|comments?|"
            + "disqus|footer|masthead|header|byline|author-bio|bio|tags?|topics|pagination|pager|caption|credit|"
            + "modal|popup|overlay|toolbar|widget|skip|print|login|paywall|meta|timestamp|dateline)(?:$|[-_ ])");
    /** Class or id words of the article container; they outweigh a furniture word in the same attribute. */
    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:^|[-_ ])(?:article|articlebody|article-body|"
            + "story|story-body|post|entry|entry-content|post-content|content|main|text|body|blog)(?:$|[-_ ])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][”’\"')\\]]*$");

    private HtmlPage() {
    }

    static Parsed parse(String html) {
        Document doc = Jsoup.parse(html);
        HtmlMetadata.Found metadata = HtmlMetadata.read(doc);
        Element body = doc.body();
        body.select(NEVER_TEXT).remove();
        removeFurniture(body, measure(body));
        Map<Element, Stats> stats = measure(body);
        Element best = bestCandidate(body, stats);
        List<String> paragraphs = new ArrayList<>();
        if (best == null) {
            collectLines(body, stats, paragraphs);
        } else {
            for (Element part : withNeighbours(best, stats)) {
                collectLines(part, stats, paragraphs);
            }
        }
        return new Parsed(paragraphs, metadata);
    }

    /** Text statistics of one element's subtree. */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        double score;
        boolean scored;
    }

    /**
     * Drops blocks whose class or id names furniture, unless they also name the article (a "post-content
     * share" block is content) or hold much of the page's paragraphs.
     */
    private static void removeFurniture(Element body, Map<Element, Stats> stats) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != body && !"html".equals(e.normalName())
                        && !"article".equals(e.normalName()) && !"main".equals(e.normalName())) {
                    String names = e.className() + " " + e.id();
                    if (names.length() > 1 && FURNITURE.matcher(names).find() && !ARTICLE.matcher(names).find()
                            && !"articleBody".equals(e.attr("itemprop"))) {
                        doomed.add(e);
                    }
                }
            }
        }, body);
        // a furniture wrapper holding many paragraphs is a badly named page shell, not furniture
        for (Element e : doomed) {
            if (stats.get(e).paragraphs < 8) {
                e.remove();
            }
        }
    }

    /** One post-order pass: characters, link characters, commas and long paragraphs per element. */
    private static Map<Element, Stats> measure(Element body) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = new Stats();
                boolean link = "a".equals(e.normalName());
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        int n = visibleLength(t.getWholeText());
                        s.chars += n;
                        if (link) {
                            s.linkChars += n;
                        }
                        s.commas += count(t.getWholeText(), ',');
                    } else if (child instanceof Element c) {
                        Stats cs = stats.get(c);
                        if (cs != null) {
                            s.chars += cs.chars;
                            s.linkChars += link ? cs.chars : cs.linkChars;
                            s.commas += cs.commas;
                            s.paragraphs += cs.paragraphs;
                        }
                    }
                }
                if (isParagraph(e) && s.chars >= 80 && s.linkChars * 3 < s.chars) {
                    s.paragraphs++;
                }
                stats.put(e, s);
            }
        }, body);
        return stats;
    }

    private static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "blockquote" -> true;
            default -> false;
        };
    }

    /**
     * Scores each paragraph-like block by its prose (length and commas, less its links) and gives the score to
     * its parent and, halved, its grandparent: the container of the most prose paragraphs wins.
     */
    private static Element bestCandidate(Element body, Map<Element, Stats> stats) {
        List<Element> scored = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean block = switch (tag) {
                case "p", "pre", "td", "blockquote" -> true;
                case "div", "section" -> hasOwnText(e);
                default -> false;
            };
            if (!block) {
                continue;
            }
            Stats s = stats.get(e);
            if (s == null || s.chars < 25) {
                continue;
            }
            double linkDensity = (double) s.linkChars / s.chars;
            double points = (1 + s.commas + Math.min(s.chars / 100.0, 3)) * (1 - linkDensity);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                Stats as = stats.get(ancestor);
                if (as == null) {
                    break;
                }
                if (!as.scored) {
                    as.scored = true;
                    as.score = initialScore(ancestor);
                    scored.add(ancestor);
                }
                as.score += level == 0 ? points : level == 1 ? points / 2 : points / 6;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : scored) {
            Stats s = stats.get(e);
            double linkDensity = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
            double score = s.score * (1 - linkDensity);
            s.score = score;
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        // a marked-up article body that holds most of the winner's prose is the better boundary
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            Stats ms = stats.get(marked);
            Stats bs = stats.get(best);
            if (ms != null && ms.chars >= 500 && (marked == best || isAncestor(marked, best)
                    || ms.paragraphs * 2 >= bs.paragraphs)) {
                return marked;
            }
        }
        // climb while an ancestor close above holds clearly more prose paragraphs than the winner alone (pages
        // that split the story into several chunks, each in its own wrapper)
        Element current = best;
        Stats cs = stats.get(current);
        climb:
        while (true) {
            Element ancestor = current.parent();
            for (int level = 0; level < CLIMB_REACH && ancestor != null && ancestor != body; level++) {
                Stats as = stats.get(ancestor);
                if (as == null || as.linkChars * 4 > as.chars || as.paragraphs > cs.paragraphs * 2 + 6) {
                    break climb;
                }
                if (as.paragraphs >= cs.paragraphs + 2) {
                    current = ancestor;
                    cs = as;
                    continue climb;
                }
                ancestor = ancestor.parent();
            }
            break;
        }
        return current;
    }

    /** How many wrapper levels above the winner a further chunk of the same story may sit. */
    private static final int CLIMB_REACH = 5;

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && visibleLength(t.getWholeText()) >= 25) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (ARTICLE.matcher(names).find() || "articleBody".equals(e.attr("itemprop"))) {
            score += 25;
        }
        return score;
    }

    /** The winner plus siblings that read like more of the same article (a story split over several blocks). */
    private static List<Element> withNeighbours(Element best, Map<Element, Stats> stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, stats.get(best).score * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                out.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null || s.chars == 0) {
                continue;
            }
            double linkDensity = (double) s.linkChars / s.chars;
            if (s.scored && s.score >= threshold) {
                out.add(sibling);
            } else if ("p".equals(sibling.normalName())) {
                String text = sibling.text();
                if (text.length() > 80 && linkDensity < 0.25
                        || text.length() <= 80 && linkDensity == 0 && SENTENCE_END.matcher(text).find()) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * Lines of a content block, one per block element. Sub-blocks that are mostly links, or lists that are
     * not prose, are furniture within the article and are skipped; headlines (h1) are the title, not the body.
     */
    private static void collectLines(Element root, Map<Element, Stats> stats, List<String> out) {
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if ("br".equals(e.normalName())) {
                    flush(line, out);
                    return FilterResult.CONTINUE;
                }
                if (e != root && isFurnitureBlock(e, stats.get(e))) {
                    if (e.isBlock()) {
                        flush(line, out);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.isBlock()) {
                    flush(line, out);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(line, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, out);
    }

    private static boolean isFurnitureBlock(Element e, Stats s) {
        String tag = e.normalName();
        if ("h1".equals(tag) || "header".equals(tag) || "time".equals(tag)) {
            return true;
        }
        if (s == null || s.chars == 0) {
            return false;
        }
        double linkDensity = (double) s.linkChars / s.chars;
        return switch (tag) {
            case "ul", "ol", "div", "section", "table", "dl" ->
                    linkDensity > 0.5 || linkDensity > 0.25 && s.paragraphs == 0 && s.commas < 3;
            case "p", "li" -> linkDensity > 0.6;
            default -> false;
        };
    }

    private static void flush(StringBuilder line, List<String> out) {
        if (line.length() == 0) {
            return;
        }
        String text = PageCleaner.collapseSpaces(collapseWhitespace(line)).strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static String collapseWhitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c || s.charAt(i) == '，' || s.charAt(i) == '、') {
                n++;
            }
        }
        return n;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
