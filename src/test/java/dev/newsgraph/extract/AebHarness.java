package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the extractor in-process over the article-extraction benchmark pages (read from ../shared at run time,
 * never copied into the project) and writes {@code {id: {"articleBody": ...}}} for
 * {@code ../shared/tools/aeb/score.py --predictions}. A quick loop for cleaning work; the service path
 * ({@code bench/run.sh quality}) gives the figures that count.
 *
 * <p>Usage: {@code AebHarness <dev dir> <html|txt> <out.json>}
 */
public final class AebHarness {

    private AebHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String ext = "." + args[1];
        Path out = Path.of(args[2]);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        }
        StringBuilder json = new StringBuilder("{");
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        long bytes = 0;
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(ext, "");
            String raw = Files.readString(page, StandardCharsets.UTF_8);
            bytes += raw.length();
            String body;
            try {
                body = extractor.extract(raw).body();
            } catch (UnreadableTextException e) {
                failures.add(id);
                body = "";
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(id).append("\":{\"articleBody\":").append(quote(body)).append('}');
        }
        json.append('}');
        Files.writeString(out, json, StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("%d pages, %.1f MB in %.2f s, unreadable: %s%n", pages.size(), bytes / 1e6, seconds, failures);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
