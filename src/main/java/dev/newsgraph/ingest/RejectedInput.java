package dev.newsgraph.ingest;

import java.util.List;

/**
 * Input refused before anything was written, with the code and field path the client is told.
 */
public class RejectedInput extends RuntimeException {

    private final String code;
    private final List<String> field;

    public RejectedInput(String code, List<String> field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public List<String> field() {
        return field;
    }
}
