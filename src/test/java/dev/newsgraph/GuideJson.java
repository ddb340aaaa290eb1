package dev.newsgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * JSON as docs/api.md shows it: a value is written on one line when it fits, otherwise one member per line.
 * Comparison ignores layout and key order, so the guide may be laid out by hand.
 */
final class GuideJson {

    private static final int WIDTH = 100;

    private GuideJson() {
    }

    static Object parse(String text) {
        return Json.decodeValue(text.strip());
    }

    /** The guide's layout of {@code value}, keys in the order the server sent them. */
    static String layout(Object value) {
        StringBuilder out = new StringBuilder();
        layout(value, 0, 0, out);
        return out.toString();
    }

    /** One member per line with sorted keys: the form two answers are compared (and diffed) in. */
    static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        expanded(sorted(value), 0, out);
        return out.toString();
    }

    private static Object sorted(Object value) {
        if (value instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            new TreeMap<>(object.getMap()).forEach((k, v) -> copy.put(k, sorted(wrap(v))));
            return copy;
        }
        if (value instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(v -> copy.add(sorted(wrap(v))));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Object wrap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return new JsonArray((List<Object>) list);
        }
        return value;
    }

    /** Writes {@code value} starting at {@code column} of a line whose members are indented by {@code indent}. */
    private static void layout(Object value, int indent, int column, StringBuilder out) {
        String inline = inline(value);
        if (column + inline.length() <= WIDTH || !(value instanceof JsonObject || value instanceof JsonArray)) {
            out.append(inline);
            return;
        }
        members(value, indent, out, true);
    }

    private static void expanded(Object value, int indent, StringBuilder out) {
        if (!(value instanceof JsonObject || value instanceof JsonArray) || isEmpty(value)) {
            out.append(inline(value));
            return;
        }
        members(value, indent, out, false);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof JsonObject o ? o.isEmpty() : ((JsonArray) value).isEmpty();
    }

    private static void members(Object value, int indent, StringBuilder out, boolean compactChildren) {
        String pad = " ".repeat(indent + 2);
        List<String[]> entries = new ArrayList<>();
        boolean object = value instanceof JsonObject;
        if (object) {
            ((JsonObject) value).forEach(e -> entries.add(new String[] { e.getKey(), null }));
        }
        int size = object ? entries.size() : ((JsonArray) value).size();
        out.append(object ? "{" : "[").append('\n');
        for (int i = 0; i < size; i++) {
            out.append(pad);
            Object child;
            if (object) {
                String key = entries.get(i)[0];
                out.append(string(key)).append(": ");
                child = wrap(((JsonObject) value).getValue(key));
            } else {
                child = wrap(((JsonArray) value).getValue(i));
            }
            int column = out.length() - out.lastIndexOf("\n") - 1;
            if (compactChildren) {
                layout(child, indent + 2, column, out);
            } else {
                expanded(child, indent + 2, out);
            }
            out.append(i < size - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append(object ? "}" : "]");
    }

    private static String inline(Object value) {
        value = wrap(value);
        if (value instanceof JsonObject object) {
            if (object.isEmpty()) {
                return "{}";
            }
            StringBuilder out = new StringBuilder("{ ");
            boolean first = true;
            for (var entry : object) {
                out.append(first ? "" : ", ").append(string(entry.getKey())).append(": ").append(inline(entry.getValue()));
                first = false;
            }
            return out.append(" }").toString();
        }
        if (value instanceof JsonArray array) {
            if (array.isEmpty()) {
                return "[]";
            }
            StringBuilder out = new StringBuilder("[ ");
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(inline(array.getValue(i)));
            }
            return out.append(" ]").toString();
        }
        if (value instanceof String s) {
            return string(s);
        }
        return String.valueOf(value);
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A line diff of two canonical texts, "-" for the documented line and "+" for the real one, with three
     * lines of context around each change.
     */
    static String diff(String documented, String real) {
        String[] a = documented.split("\n", -1);
        String[] b = real.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
            }
        }
        StringBuilder out = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < lines.size(); k++) {
            boolean nearChange = false;
            for (int d = Math.max(0, k - 3); d <= Math.min(lines.size() - 1, k + 3) && !nearChange; d++) {
                nearChange = !lines.get(d).startsWith("  ");
            }
            if (nearChange) {
                out.append(lines.get(k)).append('\n');
                skipped = false;
            } else if (!skipped) {
                out.append("  ...\n");
                skipped = true;
            }
        }
        return out.toString();
    }
}
