package dev.newsgraph.extract;

/**
 * Edit distance counting an insertion, deletion, substitution or swap of two neighbouring letters as one
 * edit ("Reutres" is one edit from "Reuters"), that gives up once it exceeds a small bound.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The edit distance of a and b, or {@code limit + 1} when it is larger than {@code limit}. */
    static int bounded(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = before;
            before = prev;
            prev = cur;
            cur = swap;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
