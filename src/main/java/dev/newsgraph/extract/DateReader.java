package dev.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds full calendar dates (with a year) in the common news formats. */
final class DateReader {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\.?,? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** Words that may surround a date on a date line without making it a sentence. */
    static final Pattern DATE_LINE_FILLER = Pattern.compile(
            "(?i)\\b(published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|cet|cest|bst|kst"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|date)\\b"
                    + "|\\d{1,2}:\\d{2}|[^\\p{L}\\p{N}]");
    /**
     * Every run of letters a date line can hold: the filler words (and the letters of "a.m."), and what the
     * date patterns hold (month names and their abbreviations, ordinal endings, "of"). Keep it in step with
     * {@link #DATE_LINE_FILLER}, {@link #MONTH_DAY_YEAR} and {@link #DAY_MONTH_YEAR}.
     */
    private static final Set<String> DATE_LINE_WORDS = Set.of("published", "updated", "posted", "last", "modified",
            "on", "at", "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "kst", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
            "sun", "date", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
            "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "st", "nd", "rd", "th", "of");

    /** A date found in a line, with where it was. */
    record Found(LocalDate date, int start, int end) {
    }

    private DateReader() {
    }

    /** The earliest full date in the text, or null. Long text is not scanned: dates live in short lines. */
    static Found find(String text) {
        if (text.length() > 400 || !hasFourDigits(text)) {
            return null;
        }
        Found best = null;
        best = earliest(best, MONTH_DAY_YEAR.matcher(text), 1, 2, 3, true);
        best = earliest(best, DAY_MONTH_YEAR.matcher(text), 2, 1, 3, true);
        // the numeric forms need their separator; skipping a pattern whose separator is missing saves its scan
        if (text.indexOf('-') >= 0) {
            best = earliest(best, ISO.matcher(text), 2, 3, 1, false);
        }
        if (text.indexOf('/') >= 0) {
            Matcher slashed = SLASHED.matcher(text);
            while (slashed.find()) {
                int a = Integer.parseInt(slashed.group(1));
                int b = Integer.parseInt(slashed.group(2));
                // US order unless the first number cannot be a month
                LocalDate date = a > 12 ? safe(Integer.parseInt(slashed.group(3)), b, a) : safe(Integer.parseInt(slashed.group(3)), a, b);
                best = keepEarliest(best, date, slashed.start(), slashed.end());
            }
        }
        if (text.indexOf('.') >= 0) {
            Matcher dotted = DOTTED.matcher(text);
            while (dotted.find()) {
                LocalDate date = safe(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)));
                best = keepEarliest(best, date, dotted.start(), dotted.end());
            }
        }
        return best;
    }

    /** Every written form read here has a four-digit year; most lines have none and skip the patterns. */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** True when the line is a date and little else (a dateline, not a sentence that mentions a date). */
    static boolean isDateLine(String line) {
        // every line of a page is asked; one with a word no date line holds is turned away before the patterns
        if (!onlyDateLineWords(line)) {
            return false;
        }
        Found found = find(line);
        if (found == null) {
            return false;
        }
        String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
        // nothing but filler around the date: the filler's matches tile the rest (what replaceAll("") leaving
        // nothing would say, without building the string and stopping at the first word that is not filler)
        Matcher filler = DATE_LINE_FILLER.matcher(rest);
        int covered = 0;
        while (filler.find()) {
            if (filler.start() != covered) {
                return false;
            }
            covered = filler.end();
        }
        return covered == rest.length();
    }

    private static boolean onlyDateLineWords(String line) {
        int i = 0;
        while (i < line.length()) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i - start > 9 || !DATE_LINE_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Found earliest(Found best, Matcher m, int monthGroup, int dayGroup, int yearGroup, boolean monthName) {
        while (m.find()) {
            int month = monthName ? MONTHS.get(m.group(monthGroup).substring(0, 3).toLowerCase(Locale.ROOT))
                    : Integer.parseInt(m.group(monthGroup));
            LocalDate date = safe(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
            best = keepEarliest(best, date, m.start(), m.end());
        }
        return best;
    }

    private static Found keepEarliest(Found best, LocalDate date, int start, int end) {
        if (date == null || (best != null && best.start() <= start)) {
            return best;
        }
        return new Found(date, start, end);
    }

    private static LocalDate safe(int year, int month, int day) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
