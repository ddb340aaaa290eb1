package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a scraped page into header lines and a cleaned body, dropping page furniture. */
final class PageCleaner {

    /** A paragraph of the cleaned body; headings are kept as text but never yield facts. */
    record Paragraph(int start, int end, boolean heading) {
    }

    /** The page split into its parts. Body paragraphs are separated by blank lines. */
    record CleanPage(List<String> header, String body, List<Paragraph> paragraphs, List<String> dropped,
                     List<String> metadataLines) {
    }

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|words by|reporting by)\\s+\\S.*");
    private static final Pattern DATED_LINE = Pattern.compile("(?i)^(?:published|updated|posted|first published|last updated)\\b.*");
    /** Markers after which the page lists related articles rather than article text. */
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "(?i)^(?:you may also like|you might also like|related (?:articles|stories|posts|news)|more stories|read more"
                    + "|leave a (?:comment|reply)|comments?)\\b.*");
    private static final int MAX_HEADER_LINES = 30;

    private final Lexicon lexicon;

    PageCleaner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    CleanPage clean(String normalised) {
        List<String> lines = new ArrayList<>();
        for (String raw : normalised.split("\n", -1)) {
            String line = collapseSpaces(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        List<String> dropped = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        int bodyStart = findBodyStart(lines);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            if (isBoilerplate(line)) {
                dropped.add(line);
                metadata.add(line);
            } else {
                header.add(line);
            }
        }
        List<String> titleKeys = new ArrayList<>();
        int longestKey = 0;
        for (String h : header) {
            String key = titleKey(h);
            titleKeys.add(key);
            longestKey = Math.max(longestKey, key.length());
        }
        StringBuilder body = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean inTail = false;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean bodyLike = isBodyLike(line);
            if (TAIL_MARKER.matcher(line).matches() && line.length() < 80) {
                inTail = true;
            }
            if (isBoilerplate(line) || inTail && !bodyLike) {
                dropped.add(line);
                metadata.add(line);
                continue;
            }
            if (inTail) {
                inTail = false;
            }
            if (isMetadataLine(line) || repeatsATitle(line, titleKeys, longestKey)) {
                dropped.add(line);
                metadata.add(line);
                continue;
            }
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int start = body.length();
            body.append(line);
            paragraphs.add(new Paragraph(start, body.length(), isHeading(line)));
        }
        return new CleanPage(header, body.toString(), paragraphs, dropped, metadata);
    }

    /**
     * The page built from blocks that structure already chose as the article (HTML): only line rules apply,
     * since a block's place on the page already told body from furniture. Header lines are title candidates.
     */
    CleanPage fromBlocks(List<String> header, List<String> blocks) {
        List<String> titleKeys = new ArrayList<>();
        int longestKey = 0;
        for (String h : header) {
            String key = titleKey(h);
            titleKeys.add(key);
            longestKey = Math.max(longestKey, key.length());
        }
        List<String> dropped = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            String line = collapseSpaces(PageText.normalise(block).replace('\n', ' ')).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isBoilerplate(line) || isMetadataLine(line) || repeatsATitle(line, titleKeys, longestKey)) {
                dropped.add(line);
                continue;
            }
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int start = body.length();
            body.append(line);
            paragraphs.add(new Paragraph(start, body.length(), isHeading(line)));
        }
        return new CleanPage(header, body.toString(), paragraphs, dropped, dropped);
    }

    /** A repeated title line; a line with more letters than any header line cannot be one, so its key is not built. */
    private static boolean repeatsATitle(String line, List<String> titleKeys, int longestKey) {
        int letters = 0;
        for (int i = 0; i < line.length() && letters <= longestKey; i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                letters++;
            }
        }
        return letters <= longestKey && titleKeys.contains(titleKey(line));
    }

    /** The first line that reads like article prose; everything above it is the page header. */
    private int findBodyStart(List<String> lines) {
        int limit = Math.min(lines.size(), MAX_HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i);
            if (isBodyLike(line) && !isBoilerplate(line) && !isMetadataLine(line)) {
                return i;
            }
        }
        // no prose line near the top: keep the first short line as a title candidate, the rest as body
        return lines.size() > 1 && lines.get(0).length() < 200 ? 1 : 0;
    }

    boolean isBoilerplate(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean shortLine = wordCount(line) <= 12;
        for (Lexicon.BoilerplatePattern p : lexicon.boilerplate) {
            if ((!p.shortOnly() || shortLine) && p.matches(lower)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMetadataLine(String line) {
        if (line.length() > 200) {
            return false;
        }
        return BYLINE.matcher(line).matches() && wordCount(line) <= 12
                || DATED_LINE.matcher(line).matches() && DateReader.find(line) != null
                || DateReader.isDateLine(line);
    }

    static boolean isBodyLike(String line) {
        return wordCount(line) >= 8 && endsSentence(line);
    }

    /** Short lines without closing punctuation are section headings or captions of the page layout. */
    static boolean isHeading(String line) {
        return wordCount(line) <= 14 && !endsSentence(line);
    }

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "”’\"')]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;…".indexOf(line.charAt(i)) >= 0;
    }

    /** Key for recognising repeated title lines: case, spacing and punctuation ignored. */
    static String titleKey(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length() && key.length() < 300; i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    static int wordCount(String line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    static String collapseSpaces(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
