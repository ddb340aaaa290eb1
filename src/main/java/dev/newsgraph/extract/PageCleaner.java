package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits a scraped page into header lines and a cleaned body, dropping page furniture. */
final class PageCleaner {

    /** A paragraph of the cleaned body; headings are kept as text but never yield facts. */
    record Paragraph(int start, int end, boolean heading) {
    }

    /** The page split into its parts. Body paragraphs are separated by blank lines. */
    record CleanPage(List<String> header, String body, List<Paragraph> paragraphs, List<String> dropped,
                     List<String> metadataLines, String documentTitle) {
    }

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|words by|reporting by)\\s+\\S.*");
    private static final Pattern DATED_LINE = Pattern.compile("(?i)^(?:published|updated|posted|first published|last updated)\\b.*");
    /** Markers after which the page lists related articles rather than article text. */
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "(?i)^(?:you may also like|you might also like|related (?:articles|stories|posts|news|content|coverage)"
                    + "|more stories|more from\\b.*|read more|read next|up next|what to read next|further reading"
                    + "|top stories\\b.*|most (?:read|popular|viewed|shared)|recommended(?: for you)?|trending(?: now)?"
                    + "|about the author|leave a (?:comment|reply)|(?:show|view|load) comments"
                    + "|join the (?:conversation|discussion))\\b.*"
                    + "|^(?:\\d+ )?comments?(?: \\(\\d+\\)| are closed\\.?)?$");
    /**
     * The header of a reader's comment: a handle that "says:", or a name with the time of posting ("Jane on
     * May 3, 2019 at 4:47 pm said:"). A reporter's "the ministry said:" before a quoted statement has neither.
     */
    private static final Pattern COMMENT_HEADER = Pattern.compile(
            "(?i)^(?:[\\w.@'-]{1,30}(?: [\\w.@'-]{1,30})? says:|.{1,60}\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:said|says|wrote|replied):)$");
    private static final int MAX_HEADER_LINES = 30;
    /** Weights of non-prose lines in {@link #mainRun}, in words of prose they cancel. */
    private static final double SHORT_LINE_PENALTY = 6;
    private static final double TAIL_PENALTY = 10;

    private final Lexicon lexicon;

    PageCleaner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    CleanPage clean(String normalised) {
        List<String> lines = new ArrayList<>();
        // lines that the next line follows without a blank line between (hard-wrapped paragraphs)
        BitSet wrapped = new BitSet();
        boolean previousKept = false;
        for (String raw : normalised.split("\n", -1)) {
            String line = collapseSpaces(raw);
            if (!line.isEmpty()) {
                if (previousKept) {
                    wrapped.set(lines.size() - 1);
                }
                lines.add(line);
            }
            previousKept = !line.isEmpty();
        }
        List<String> dropped = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        // the furniture patterns are the costliest test on a line, so each line is tried once
        BitSet furniture = new BitSet();
        // every rule below asks for a line's words, so they are counted once per line
        int[] words = new int[lines.size()];
        int[] units = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            countWords(lines.get(i), words, units, i);
            counts.merge(lines.get(i), 1, Integer::sum);
            if (isBoilerplate(lines.get(i), words[i])) {
                furniture.set(i);
            }
        }
        int[] run = mainRun(lines, counts, wrapped, furniture, units);
        int bodyStart = run == null ? findBodyStart(lines, furniture) : run[0];
        int bodyEnd = run == null ? lines.size() : run[1];
        // the headline sits just above the story; lines far above it are site navigation
        int headerFrom = Math.max(0, bodyStart - MAX_HEADER_LINES);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            if (i < headerFrom) {
                dropped.add(line);
            } else if (furniture.get(i)) {
                dropped.add(line);
                metadata.add(line);
            } else {
                header.add(line);
            }
        }
        for (int i = bodyEnd; i < lines.size(); i++) {
            dropped.add(lines.get(i));
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
        for (int i = bodyStart; i < bodyEnd; i++) {
            String line = lines.get(i);
            boolean bodyLike = words[i] >= 8 && endsSentence(line);
            if (isTailMarker(line)) {
                inTail = true;
            }
            if (furniture.get(i) || inTail && !bodyLike) {
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
            paragraphs.add(new Paragraph(start, body.length(), words[i] <= 14 && !endsSentence(line)));
        }
        // scrapers write the document title as the page's first line
        String documentTitle = lines.isEmpty() ? null : lines.get(0);
        return new CleanPage(header, body.toString(), paragraphs, dropped, metadata, documentTitle);
    }

    /**
     * The page built from blocks that structure already chose as the article (HTML): only line rules apply,
     * since a block's place on the page already told body from furniture. Header lines are title candidates.
     */
    CleanPage fromBlocks(List<String> header, List<String> blocks, String documentTitle) {
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
        return new CleanPage(header, body.toString(), paragraphs, dropped, dropped, documentTitle);
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

    /**
     * The story's lines {@code [from, to)}. Each line counts for or against the run it is in: a prose line (a
     * sentence of eight or more words) by its length, a short sentence by half of it, a short unpunctuated line
     * (menu item, teaser title, caption credit) a little against and more so in a stretch of such lines, and a
     * "related stories" or "comments" heading against. Furniture lines (share, cookie, copyright) are neutral:
     * they are dropped in any case. The best run is found in one pass (maximum-sum subarray), so a story
     * survives a few headings and ads inside it while a list of teaser links or a comment thread cuts it off.
     * When the page repeats its title as a headline, the run that starts right under it wins unless prose
     * elsewhere clearly outweighs it. Null when no line reads like prose.
     */
    int[] mainRun(List<String> lines, Map<String, Integer> counts, BitSet wrapped, BitSet furniture, int[] units) {
        double[] weights = new double[lines.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = lineWeight(lines.get(i), furniture.get(i), units[i]);
            // a hard-wrapped paragraph: the sentence goes on in the next line
            if (weights[i] < 0 && wrapped.get(i) && units[i] >= 8
                    && Character.isLowerCase(lines.get(i + 1).charAt(0))) {
                weights[i] = units[i];
            }
        }
        weighRepeats(lines, counts, weights);
        weighLists(weights);
        weighIntroducedLists(lines, weights);
        weights = beforeComments(lines, weights);
        int[] anchored = null;
        double anchoredSum = 0;
        for (int headline : headlines(lines)) {
            int[] run = runAfter(weights, headline + 1);
            if (run != null && sum(weights, run) > anchoredSum) {
                anchored = run;
                anchoredSum = sum(weights, run);
            }
        }
        double best = 0;
        int bestFrom = -1;
        int bestTo = -1;
        double sum = 0;
        int from = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (sum <= 0) {
                sum = 0;
                from = i + 1;
            } else if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i + 1;
            }
        }
        // the story under the headline wins unless prose elsewhere outweighs it clearly (a headline repeated
        // above a teaser, or a page whose title names a section rather than the story)
        if (anchored != null && anchoredSum * ANCHOR_SHARE >= best) {
            return anchored;
        }
        return bestFrom < 0 ? null : new int[] {bestFrom, bestTo};
    }

    private static final double ANCHOR_SHARE = 2;

    /**
     * A sentence ending in a colon ("The tour dates are:") introduces the list under it, which belongs to the
     * story: its short lines of three or more words count slightly for the run instead of against it.
     */
    private static void weighIntroducedLists(List<String> lines, double[] weights) {
        for (int i = 0; i + 1 < weights.length; i++) {
            String line = lines.get(i);
            if (!line.endsWith(":") || textUnits(line) < 4 || weights[i + 1] >= 0) {
                continue;
            }
            int j = i + 1;
            // items say something ("June 9 - City Hall, Springfield"); one- and two-word lines are the menu below
            while (j < weights.length && j - i <= MAX_LIST_ITEMS && weights[j] < 0 && textUnits(lines.get(j)) >= 3
                    && !isTailMarker(lines.get(j))) {
                weights[j] = LIST_ITEM_WEIGHT;
                j++;
            }
            i = j - 1;
        }
    }

    private static final int MAX_LIST_ITEMS = 60;
    private static final double LIST_ITEM_WEIGHT = 0.5;

    /**
     * Readers' comments are prose too, but no story goes on below the first comment header that follows
     * prose, so the lines from there on are left out of every run.
     */
    private static double[] beforeComments(List<String> lines, double[] weights) {
        boolean prose = false;
        for (int i = 0; i < weights.length; i++) {
            prose |= weights[i] > 0;
            String line = lines.get(i);
            if (prose && line.length() < 100 && line.endsWith(":") && COMMENT_HEADER.matcher(line).matches()) {
                return Arrays.copyOf(weights, i);
            }
        }
        return weights;
    }

    /**
     * A line printed twice on one page is navigation or a teaser (menus at top and bottom, the headline again
     * in a "most read" list); a story does not repeat its paragraphs. Such lines count as short lines do.
     */
    private static void weighRepeats(List<String> lines, Map<String, Integer> seen, double[] weights) {
        int prose = 0;
        int repeated = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                prose++;
                if (seen.get(lines.get(i)) > 1) {
                    repeated++;
                }
            }
        }
        // when nearly all prose repeats, repetition is how the page is written, not a sign of navigation
        if (repeated * 10 >= prose * 9) {
            return;
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0 && seen.get(lines.get(i)) > 1) {
                weights[i] = -SHORT_LINE_PENALTY;
            }
        }
    }

    /**
     * A long stretch of short lines is a menu or a list of teaser links, which stories rarely hold: each line
     * of such a stretch counts more against the run than a lone heading does.
     */
    private static void weighLists(double[] weights) {
        int i = 0;
        while (i < weights.length) {
            if (weights[i] >= 0) {
                i++;
                continue;
            }
            // furniture lines (weight 0) are dropped anyway, so they neither break nor lengthen a stretch
            int j = i;
            int shortLines = 0;
            while (j < weights.length && weights[j] <= 0) {
                if (weights[j] < 0) {
                    shortLines++;
                }
                j++;
            }
            if (shortLines >= LIST_LINES) {
                for (int k = i; k < j; k++) {
                    weights[k] *= LIST_FACTOR;
                }
            }
            i = j;
        }
    }

    private static final int LIST_LINES = 3;
    private static final double LIST_FACTOR = 2;

    /** How far below the headline the story's first prose line may start (byline, date, photo credit between). */
    private static final int HEADLINE_REACH = 15;

    /**
     * The story told right after the headline: from the first prose line within reach to the line where the
     * running sum of weights peaks. Null when no prose follows the headline closely.
     */
    private static int[] runAfter(double[] weights, int from) {
        int start = -1;
        for (int i = from; i < Math.min(weights.length, from + HEADLINE_REACH); i++) {
            if (weights[i] > 0) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        double sum = 0;
        double best = 0;
        int end = start + 1;
        for (int i = start; i < weights.length; i++) {
            sum += weights[i];
            if (sum > best) {
                best = sum;
                end = i + 1;
            }
        }
        return new int[] {start, end};
    }

    private static double sum(double[] weights, int[] run) {
        double sum = 0;
        for (int i = run[0]; i < run[1]; i++) {
            sum += weights[i];
        }
        return sum;
    }

    /**
     * Lines that may be the headline printed above the story: among the first lines after the document title
     * (the scraped page's first line), those whose text the document title contains, such as "Talks resume"
     * under "Talks resume - Daily Courier". Teaser lists repeat it too, so the caller weighs what follows each.
     */
    private static List<Integer> headlines(List<String> lines) {
        List<Integer> found = new ArrayList<>();
        if (lines.size() < 3) {
            return found;
        }
        String title = titleKey(lines.get(0));
        for (int i = 1; i < Math.min(lines.size(), MAX_HEADLINE_LINE) && found.size() < MAX_HEADLINES; i++) {
            String line = lines.get(i);
            // a line longer than the title cannot be contained in it
            if (line.length() > lines.get(0).length() || wordCount(line) < 3) {
                continue;
            }
            String key = titleKey(line);
            if (key.length() >= 15 && title.contains(key)) {
                found.add(i);
            }
        }
        return found;
    }

    /** Headlines stand above the story, within the first few hundred lines even on pages with vast menus. */
    private static final int MAX_HEADLINE_LINE = 400;
    private static final int MAX_HEADLINES = 8;

    /** A heading that opens what follows a story; a sentence that happens to start the same way is not one. */
    static boolean isTailMarker(String line) {
        return line.length() < 80 && (!endsSentence(line) || line.endsWith(":"))
                && TAIL_MARKER.matcher(line).matches();
    }

    private double lineWeight(String line, boolean isFurniture, int units) {
        if (isTailMarker(line)) {
            return -TAIL_PENALTY;
        }
        if (isFurniture) {
            // dropped in any case, and a share button or cookie notice stands inside stories as often as outside
            return 0;
        }
        if (units >= 8 && endsSentence(line) || units >= 30) {
            return units;
        }
        // a short sentence ("Talks resume on Monday.") is still prose, only weaker evidence of the story
        if (units >= 3 && endsSentence(line) && !line.endsWith(":")) {
            return units / 2.0;
        }
        return -SHORT_LINE_PENALTY;
    }

    /**
     * Words, or for scripts written without spaces (Chinese, Japanese) letters over five, so a sentence in
     * either weighs about the same.
     */
    static int textUnits(String line) {
        int words = 0;
        int letters = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter) {
                letters++;
                if (!inWord) {
                    words++;
                }
            }
            inWord = letter;
        }
        return Math.max(words, letters / 5);
    }

    /** The first line that reads like article prose; everything above it is the page header. */
    private int findBodyStart(List<String> lines, BitSet furniture) {
        int limit = Math.min(lines.size(), MAX_HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i);
            if (isBodyLike(line) && !furniture.get(i) && !isMetadataLine(line)) {
                return i;
            }
        }
        // no prose line near the top: keep the first short line as a title candidate, the rest as body
        return lines.size() > 1 && lines.get(0).length() < 200 ? 1 : 0;
    }

    boolean isBoilerplate(String line) {
        return isBoilerplate(line, wordCount(line));
    }

    private boolean isBoilerplate(String line, int words) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean shortLine = words <= 12;
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
        // every line runs through here; a byline or "Published …" line can only start with these letters
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        return "bBwWrR".indexOf(first) >= 0 && BYLINE.matcher(line).matches() && wordCount(line) <= 12
                || "pPuUfFlL".indexOf(first) >= 0 && DATED_LINE.matcher(line).matches() && DateReader.find(line) != null
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

    /** {@link #wordCount} and {@link #textUnits} of line {@code i} in one pass. */
    private static void countWords(String line, int[] words, int[] units, int i) {
        int count = 0;
        int letters = 0;
        boolean inWord = false;
        for (int k = 0; k < line.length(); k++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(k));
            if (letter) {
                letters++;
                if (!inWord) {
                    count++;
                }
            }
            inWord = letter;
        }
        words[i] = count;
        units[i] = Math.max(count, letters / 5);
    }

    /** Whether the text holds a word at all: {@code wordCount(text) > 0} without counting the whole body. */
    static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
        // most lines have no leading, trailing or doubled space and need no copy
        if (raw.isEmpty() || raw.charAt(0) != ' ' && raw.charAt(raw.length() - 1) != ' ' && raw.indexOf("  ") < 0) {
            return raw;
        }
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
