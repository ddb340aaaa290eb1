package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A date line is a date and little else; the word check before the patterns turns away only other lines. */
class DateLineTest {

    private static final List<String> DATE_LINES = List.of("March 3, 2019", "Published: Mar. 3, 2019 at 4:47 pm EST",
            "Updated 3rd of September 2019", "Sun, 3 Sept 2019 14:05 GMT", "2019-03-03", "Posted on 03/04/2019",
            "Last modified: 3.4.2019 10:30 CET", "Wednesday, December 31st, 2019", "Date: Jan 1 2020", "Tue 1 July 2014",
            "Nov. 9, 2016 | 6:00 am", "FEBRUARY 14, 2018", "Updated Aug 7, 2021 at 9:12 pm KST");
    private static final List<String> OTHER_LINES = List.of("Talks resume on March 3, 2019 in Geneva",
            "By Jane Roe, March 3, 2019", "Published in 2019", "The deal was signed on 3 May 2019.",
            "Copyright 2019", "March 2019", "Published: yesterday", "Monday", "",
            "Mayday 3, 2019", "On 2019-03-03 the port closed", "Sept 3, 2019 — a report");

    @Test
    void datesWithFillerAroundThemAreDateLines() {
        assertThat(DATE_LINES).allMatch(DateReader::isDateLine);
    }

    @Test
    void sentencesAndLinesWithoutAFullDateAreNot() {
        assertThat(OTHER_LINES).noneMatch(DateReader::isDateLine);
    }

    @Test
    void theWordCheckAgreesWithTheFillerPatternOnEveryLine() {
        // "p.m." before a space is not filler to the pattern (its \b after the dot wants a letter next), and so
        // not a date line; the word check must not decide otherwise
        for (String line : concat(DATE_LINES, concat(OTHER_LINES, List.of("Mar. 3, 2019 at 4:47 p.m. EST")))) {
            assertThat(DateReader.isDateLine(line)).as(line).isEqualTo(byPatternsAlone(line));
        }
    }

    /** What a date line was before the word check: a date, and the rest removed entirely by the filler pattern. */
    private static boolean byPatternsAlone(String line) {
        DateReader.Found found = DateReader.find(line);
        if (found == null) {
            return false;
        }
        String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
        return DateReader.DATE_LINE_FILLER.matcher(rest).replaceAll("").isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
