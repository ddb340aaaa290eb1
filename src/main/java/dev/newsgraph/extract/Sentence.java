package dev.newsgraph.extract;

import java.util.List;

/** A sentence of the body with its tokens; heading sentences are shown but never mined for facts. */
record Sentence(int index, int start, int end, int paragraph, boolean heading, List<Token> tokens) {

    /** Index of the first token starting at or after {@code offset}, or tokens().size(). */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
