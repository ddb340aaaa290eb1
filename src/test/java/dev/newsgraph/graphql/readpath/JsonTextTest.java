package dev.newsgraph.graphql.readpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/** The read path's strings must be Parsson's strings, as SmallRye writes them, for every UTF-16 code unit. */
class JsonTextTest {

    @Test
    void everyCharacterIsEscapedAsParssonEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.append("\uD83D\uDE00 a pair, \"quoted\", back\\slash, tab\t, nul\0, del\u007f, line sep\u2028.");
        String text = all.toString();
        for (int from = 0; from < text.length(); from += 997) {
            String piece = text.substring(from, Math.min(text.length(), from + 1500));
            assertThat(new JsonText(16).string(piece).toString()).isEqualTo(parsson(piece));
        }
    }

    @Test
    void bytesAreUtf8OfTheSameText() {
        String text = "Pyongyang \u2013 \u201cquoted\u201d \uD83D\uDE00 caf\u00e9";
        JsonText out = new JsonText(4).string(text);
        byte[] written = java.util.Arrays.copyOf(out.bytes(), out.length());
        assertThat(written).isEqualTo(parsson(text).getBytes(StandardCharsets.UTF_8));
    }

    private static String parsson(String text) {
        StringWriter writer = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(writer)) {
            generator.writeStartArray().write(text).writeEnd();
        }
        String array = writer.toString();
        return array.substring(1, array.length() - 1);
    }
}
