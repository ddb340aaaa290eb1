package dev.newsgraph.graphql.readpath;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON text straight into UTF-8 bytes, escaping strings exactly as Parsson (SmallRye's JSON-P) does:
 * {@code "} and {@code \} with a backslash, the control characters below U+0020 as {@code \b \f \n \r \t} or
 * a backslash-u escape of four lower-case hex digits, everything else as itself. A surrogate without its pair becomes {@code ?},
 * as Java's UTF-8 encoder writes it when SmallRye's string answer is sent.
 */
final class JsonText {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    JsonText(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The text written so far, decoded (for tests). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    JsonText raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
        return this;
    }

    JsonText raw(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    JsonText nullValue() {
        return raw(NULL);
    }

    JsonText bool(boolean value) {
        return raw(value ? TRUE : FALSE);
    }

    JsonText number(long value) {
        if (value >= 0 && value < 10) {
            return raw((char) ('0' + value));
        }
        return ascii(Long.toString(value));
    }

    /**
     * Text known to hold no character that needs escaping or more than one byte (ids, dates, enum names, cursors), or
     * null, as {@link #string} takes it.
     */
    JsonText quotedAscii(String text) {
        if (text == null) {
            return nullValue();
        }
        ensure(text.length() + 2);
        bytes[length++] = '"';
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        bytes[length++] = '"';
        return this;
    }

    JsonText quotedNumber(long value) {
        raw('"');
        number(value);
        return raw('"');
    }

    private JsonText ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** A JSON string, or null. */
    JsonText string(String text) {
        if (text == null) {
            return nullValue();
        }
        int n = text.length();
        // Worst case per char: the six bytes of a backslash-u escape.
        ensure(n * 6 + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                    continue;
                }
                out[at++] = '\\';
                switch (c) {
                    case '"' -> out[at++] = '"';
                    case '\\' -> out[at++] = '\\';
                    case '\b' -> out[at++] = 'b';
                    case '\f' -> out[at++] = 'f';
                    case '\n' -> out[at++] = 'n';
                    case '\r' -> out[at++] = 'r';
                    case '\t' -> out[at++] = 't';
                    default -> {
                        out[at++] = 'u';
                        out[at++] = '0';
                        out[at++] = '0';
                        out[at++] = HEX[c >> 4];
                        out[at++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | (cp >> 18));
                out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
