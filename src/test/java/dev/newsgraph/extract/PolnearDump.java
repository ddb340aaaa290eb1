package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the extractor over a folder of article texts and writes the JSON list of article nodes that
 * {@code ../shared/tools/polnear/score.py --system FILE} scores, in the shape the GraphQL query returns.
 * A measuring tool for attribution work, not a test: it runs in seconds where the service takes minutes.
 *
 * <pre>java -cp target/classes:target/test-classes:JSOUP dev.newsgraph.extract.PolnearDump ../shared/polnear/train/text out.json</pre>
 */
public final class PolnearDump {

    private PolnearDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleExtractor extractor = new ArticleExtractor();
        StringBuilder out = new StringBuilder("[");
        long chars = 0;
        long started = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            String raw = Files.readString(files.get(i), StandardCharsets.UTF_8);
            chars += raw.length();
            ExtractedArticle a = extractor.extract(raw);
            out.append(i == 0 ? "" : ",").append("\n{\"id\":").append(quote(String.valueOf(i)))
                    .append(",\"title\":").append(quote(a.title()))
                    .append(",\"body\":").append(quote(a.body())).append(",\"claims\":[");
            List<String> claims = new ArrayList<>();
            for (ExtractedClaim c : a.claims()) {
                claims.add("{\"text\":" + quote(c.text()) + ",\"kind\":" + quote(c.kind().name()) + ",\"stance\":"
                        + quote(c.stance().name()) + ",\"claimant\":" + quote(c.claimant()) + ",\"claimantType\":"
                        + quote(c.claimantType().name()) + ",\"expert\":"
                        + (c.expertName() == null ? "null" : "{\"name\":" + quote(c.expertName()) + "}")
                        + ",\"evidence\":{\"start\":" + c.evidence().start() + ",\"end\":" + c.evidence().end()
                        + ",\"text\":" + quote(c.evidence().text()) + "}}");
            }
            out.append(String.join(",", claims)).append("]}");
        }
        out.append("\n]\n");
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("%d articles, %.1f MB in %.2f s%n", files.size(), chars / 1e6, seconds);
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
