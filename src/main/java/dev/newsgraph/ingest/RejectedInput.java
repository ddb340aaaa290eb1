package dev.newsgraph.ingest;

import java.util.List;

import dev.newsgraph.graphql.ErrorCode;

/**
 * Input refused before anything was written, with the code and field path the client is told.
 */
public class RejectedInput extends RuntimeException {

    private final ErrorCode code;
    private final List<String> field;

    public RejectedInput(ErrorCode code, List<String> field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public List<String> field() {
        return field;
    }
}
