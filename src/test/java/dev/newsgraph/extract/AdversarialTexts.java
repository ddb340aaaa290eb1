package dev.newsgraph.extract;

/**
 * Pages built to hit the engine's worst cases: no sentence ends, unbalanced quotes, endless capitalised
 * runs. Shared by the adversarial tests and the JMH benchmark, so both measure the same text.
 */
final class AdversarialTexts {

    static final String TITLE = "Harbour talks drag on into the night\n\n";

    private AdversarialTexts() {
    }

    /** Prose with commas and speech verbs but not one full stop, so the whole page is one sentence. */
    static String noSentenceEnds(int chars) {
        return repeat("the minister said that the delegation from the port authority would keep talking, "
                + "and Ana Ruiz told reporters that nobody had agreed to anything ", chars);
    }

    /** Opening quote marks, straight and curly, that are never closed where a reader expects. */
    static String unbalancedQuotes(int chars) {
        return repeat("“ Ruiz said “ the deal \" is off “ and \" Ortega said ” it ‘ was ", chars);
    }

    /** Capitalised words without end: names, titles, outlets and near-miss outlet names run together. */
    static String capitalisedRuns(int chars) {
        return repeat("Foreign Minister Ana Ruiz Asahi Shinbun Korean Central News Agency Trade Minister Pablo Ortega "
                + "Reutres Lima University Chile Peru The New York Times ", chars);
    }

    /** The unit repeated, after a title line, up to the given length. */
    static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        b.append(TITLE);
        while (b.length() < chars) {
            b.append(unit);
        }
        return b.toString();
    }
}
