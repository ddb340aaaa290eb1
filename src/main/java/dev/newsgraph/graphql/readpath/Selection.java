package dev.newsgraph.graphql.readpath;

import java.util.List;

/**
 * The fields one request selects on one object type, merged and ordered as graphql-java orders them (by response key,
 * in order of first appearance, fragments inlined, skipped fields left out). Built anew for every request, since
 * variables decide @skip, @include and the arguments.
 */
final class Selection {

    final ReadType type;
    final List<Field> fields;

    Selection(ReadType type, List<Field> fields) {
        this.type = type;
        this.fields = fields;
    }

    /** True when a field named {@code name} is selected here (under any alias). */
    boolean selects(String name) {
        for (Field field : fields) {
            if (field.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One selected field: its response key, its name, its arguments (root fields only), the selection below it (null
     * for a leaf), and, once loaded, what it found for its parents ({@link GraphReader} fills it, {@link AnswerWriter}
     * reads it).
     */
    static final class Field {
        final String name;
        final String responseKey;
        /** Where the field is written in the document (its first occurrence), for an error about it. */
        final graphql.language.SourceLocation location;
        final byte[] key;
        final Selection selection;
        final Arguments arguments;
        Object loaded;

        Field(String key, String name, graphql.language.SourceLocation location, Selection selection,
                Arguments arguments) {
            this.name = name;
            this.responseKey = key;
            this.location = location;
            this.key = new JsonText(key.length() + 4).string(key).raw(':').toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.selection = selection;
            this.arguments = arguments;
        }
    }

    /** The checked arguments of a root field: a page ({@code first}, decoded {@code after}) or an id. */
    record Arguments(int first, dev.newsgraph.graphql.Cursor after, long id) {
    }
}
