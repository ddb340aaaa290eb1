package dev.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, date, publisher and author from the page header and metadata lines. */
final class MetadataReader {

    /** What the header says about the article. Any field may be null. */
    record Metadata(String title, LocalDate publishedOn, String publisher, String author) {
    }

    /** "Title – Outlet – 06/19/2024", "Title | Outlet", "Title - Outlet". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{3,300}?)\\s+[–—|-]\\s+([^–—|]{1,60}?)(?:\\s+[–—|-]\\s+([^–—|]{1,40}))?$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|words by|reporting by)\\s+(.{1,200})$");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^(?:published|posted|first published)\\b.*");
    private static final Pattern UPDATED = Pattern.compile("(?i)^(?:updated|last updated)\\b.*");
    /** What follows the names in a byline ("By Jane Doe | Reuters"); compiled once, not per byline. */
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s+[|•·–—-]\\s+.*$");
    private static final Pattern BEFORE_DATE = Pattern.compile("[\\s,;]+(?:on|published)?\\s*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    private final Lexicon lexicon;

    MetadataReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Metadata read(PageCleaner.CleanPage page) {
        String title = null;
        LocalDate suffixDate = null;
        String publisher = null;
        int bestScore = Integer.MIN_VALUE;
        int candidates = 0;
        List<String> keys = new ArrayList<>();
        for (String line : page.header()) {
            keys.add(PageCleaner.titleKey(stripSuffix(line).title()));
        }
        for (int i = 0; i < page.header().size(); i++) {
            String line = page.header().get(i);
            if (PageCleaner.isMetadataLine(line)) {
                continue;
            }
            TitleParts parts = stripSuffix(line);
            candidates++;
            int score = titleScore(parts, keys, keys.get(i));
            if (score > bestScore) {
                bestScore = score;
                title = parts.title();
                suffixDate = parts.date();
                publisher = parts.outlet();
            }
        }
        // A short headline ("Talks resume") loses to nothing when it is the page's only header line.
        boolean loneHeadline = candidates == 1 && title != null && PageCleaner.wordCount(title) >= 2;
        if (bestScore < 0 && !loneHeadline) {
            title = null;
            suffixDate = null;
            publisher = null;
        }
        String documentTitle = page.documentTitle() == null ? null
                : SKIP_LINK.matcher(page.documentTitle()).replaceAll("").strip();
        String headline = headlineUnder(documentTitle, page.header());
        if (headline != null) {
            String[] split = splitSiteName(documentTitle, List.of(headline));
            title = headline;
            if (split != null && publisher == null) {
                publisher = split[1];
            }
        } else if (title != null) {
            String[] split = splitSiteName(title, page.header());
            if (split != null) {
                title = split[0];
                if (publisher == null) {
                    publisher = split[1];
                }
            }
        }
        List<String> metaLines = new ArrayList<>(page.header());
        metaLines.addAll(page.metadataLines());
        LocalDate published = null;
        LocalDate plain = null;
        LocalDate updated = null;
        String author = null;
        boolean bylineSeen = false;
        for (String line : metaLines) {
            if (line.length() > 200) {
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (!bylineSeen && byline.matches() && PageCleaner.wordCount(line) <= 12) {
                bylineSeen = true;
                author = authorOf(byline.group(1));
            }
            DateReader.Found found = DateReader.find(line);
            if (found != null) {
                if (PUBLISHED.matcher(line).matches() && published == null) {
                    published = found.date();
                } else if (UPDATED.matcher(line).matches() && updated == null) {
                    updated = found.date();
                } else if (plain == null && (DateReader.isDateLine(line) || byline.matches())) {
                    plain = found.date();
                }
            }
        }
        // the date in the title suffix is the original outlet's; a page date line may be an aggregator's repost date
        LocalDate date = suffixDate != null ? suffixDate : published != null ? published : plain != null ? plain : updated;
        return new Metadata(title, date, publisher, author);
    }

    /** Accessibility links that scrapers glue to the title line. */
    private static final Pattern SKIP_LINK = Pattern.compile("(?i)\\s*skip to (?:the )?(?:main )?(?:content|navigation|site index)\\b");

    /** "Headline | Site" or "Site: Headline" once the page prints the headline alone: the site is the rest. */
    private static final Pattern SITE_AFTER = Pattern.compile("^\\s*[|–—:·-]\\s*(\\S.{1,59})$");
    private static final Pattern SITE_BEFORE = Pattern.compile("^(\\S.{1,59}?)\\s*[|–—:·-]\\s*$");

    /**
     * The headline printed above the story: the longest header line of three or more words that the document
     * title contains and adds to (the site name or a section), or null.
     */
    static String headlineUnder(String documentTitle, List<String> header) {
        if (documentTitle == null) {
            return null;
        }
        String titleKey = PageCleaner.titleKey(documentTitle);
        String best = null;
        for (String line : header) {
            String key = PageCleaner.titleKey(line);
            if (key.length() >= 15 && key.length() < titleKey.length() && PageCleaner.wordCount(line) >= 3
                    && titleKey.contains(key)
                    && (best == null || line.length() > best.length())) {
                best = line;
            }
        }
        return best;
    }

    /**
     * The document title is often the headline joined to the site name. When another header line is exactly
     * the headline, the title loses the site name, which names the publisher: {headline, site}, or null.
     */
    static String[] splitSiteName(String title, List<String> header) {
        String best = null;
        String site = null;
        for (String line : header) {
            String h = line.strip();
            if (h.length() >= title.length() || PageCleaner.wordCount(h) < 2 || best != null && h.length() <= best.length()) {
                continue;
            }
            Matcher m = null;
            if (title.startsWith(h)) {
                m = SITE_AFTER.matcher(title.substring(h.length()));
            } else if (title.endsWith(h)) {
                m = SITE_BEFORE.matcher(title.substring(0, title.length() - h.length()));
            }
            if (m != null && m.matches() && DateReader.find(m.group(1)) == null) {
                best = h;
                site = m.group(1).strip();
            }
        }
        return best == null ? null : new String[] {best, site};
    }

    /**
     * Metadata of an HTML page: what its markup declares wins over what the printed header suggests, field by
     * field, since sites write it for search engines and link previews.
     */
    Metadata read(PageCleaner.CleanPage page, HtmlMetadata.Found found) {
        Metadata printed = read(page);
        String title = found.title() != null ? withoutSiteName(found.title(), found.siteName()) : printed.title();
        String publisher = found.siteName() != null ? found.siteName() : printed.publisher();
        return new Metadata(title, found.publishedOn() != null ? found.publishedOn() : printed.publishedOn(),
                publisher, found.author() != null ? found.author() : printed.author());
    }

    /** "Headline | Site" and "Site: Headline" lose the site part when it names the page's own site. */
    static String withoutSiteName(String title, String site) {
        TitleParts parts = null;
        if (site != null && !site.isBlank()) {
            String t = title.strip();
            String lowerTitle = t.toLowerCase(Locale.ROOT);
            String lowerSite = site.strip().toLowerCase(Locale.ROOT);
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
                if (lowerTitle.endsWith(sep + lowerSite)) {
                    return t.substring(0, t.length() - sep.length() - lowerSite.length()).strip();
                }
                if (lowerTitle.startsWith(lowerSite + sep)) {
                    return t.substring(lowerSite.length() + sep.length()).strip();
                }
            }
            if (lowerTitle.startsWith(lowerSite + ": ")) {
                return t.substring(lowerSite.length() + 2).strip();
            }
        }
        return parts == null ? title.strip() : parts.title();
    }

    private record TitleParts(String title, String outlet, LocalDate date) {
    }

    private TitleParts stripSuffix(String line) {
        if (line.length() > 400) {
            return new TitleParts(line, null, null);
        }
        Matcher m = TITLE_SUFFIX.matcher(line);
        if (!m.matches()) {
            return new TitleParts(line, null, null);
        }
        String second = m.group(2).strip();
        String third = m.group(3) == null ? null : m.group(3).strip();
        DateReader.Found secondDate = DateReader.find(second);
        if (third != null) {
            DateReader.Found thirdDate = DateReader.find(third);
            if (thirdDate != null && looksLikeOutlet(second)) {
                return new TitleParts(m.group(1).strip(), second, thirdDate.date());
            }
            return new TitleParts(line, null, null);
        }
        if (secondDate != null && DateReader.isDateLine(second)) {
            return new TitleParts(m.group(1).strip(), null, secondDate.date());
        }
        if (lexicon.outletsByAlias.containsKey(second.toLowerCase(Locale.ROOT))) {
            return new TitleParts(m.group(1).strip(), second, null);
        }
        return new TitleParts(line, null, null);
    }

    private boolean looksLikeOutlet(String text) {
        if (lexicon.outletsByAlias.containsKey(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String[] words = text.split(" ");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Titles are usually repeated on scraped pages, often carry an outlet suffix and read as a phrase, not a name. */
    private int titleScore(TitleParts parts, List<String> keys, String key) {
        String title = parts.title();
        int words = PageCleaner.wordCount(title);
        int score = 0;
        long copies = keys.stream().filter(key::equals).count();
        if (copies > 1) {
            score += 3;
        }
        if (parts.outlet() != null || parts.date() != null) {
            score += 3;
        }
        if (words >= 4 && words <= 30) {
            score += 2;
        } else if (words < 4 && title.indexOf('?') < 0 && title.indexOf(':') < 0) {
            score -= 3;
        } else if (words > 30) {
            score -= 4;
        }
        if (title.endsWith(".") && words > 12) {
            score -= 2;
        }
        return score;
    }

    /** Named people of a byline; site accounts and agency credits are not authors. */
    private String authorOf(String byline) {
        String cleaned = BYLINE_TAIL.matcher(byline).replaceAll("").strip();
        DateReader.Found date = DateReader.find(cleaned);
        if (date != null) {
            cleaned = BEFORE_DATE.matcher(cleaned.substring(0, date.start())).replaceAll("").strip();
        }
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(cleaned)) {
            String name = part.strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || lexicon.siteAccounts.contains(lower) || lexicon.outletsByAlias.containsKey(lower)
                    || lower.endsWith(" staff") || lower.endsWith(" desk") || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
