package dev.newsgraph.extract;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extracts every page of a folder over and over in one-second rounds and prints MB per CPU-second of the
 * thread and KB allocated per pass: a loop to profile under JFR, and an A/B comparison that holds on a busy
 * machine. Given folders of compiled extract/ classes (builds of two commits), it loads each in its own class
 * loader and takes turns round by round, so both see the same load; otherwise it runs the classes it was
 * started with. A measuring tool, not a test.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:JSOUP dev.newsgraph.extract.ExtractionSpeedLoop seeds .txt 60
 * java -cp target/test-classes:JSOUP dev.newsgraph.extract.ExtractionSpeedLoop seeds .txt 120 old/classes new/classes
 * </pre>
 */
public final class ExtractionSpeedLoop {

    private ExtractionSpeedLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String suffix = args[1];
        double seconds = Double.parseDouble(args[2]);
        List<String> builds = List.of(args).subList(3, args.length);
        List<Object> extractors = new ArrayList<>();
        List<Method> extract = new ArrayList<>();
        for (String build : builds.isEmpty() ? List.of("") : builds) {
            ClassLoader loader = build.isEmpty() ? ExtractionSpeedLoop.class.getClassLoader()
                    : new URLClassLoader(new URL[] {Path.of(build).toUri().toURL(), jsoup()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("dev.newsgraph.extract.ArticleExtractor");
            extractors.add(type.getConstructor().newInstance());
            extract.add(type.getMethod("extract", String.class));
        }
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                String page = Files.readString(p, StandardCharsets.UTF_8);
                pages.add(page);
                bytes += page.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        int n = extractors.size();
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        List<List<Double>> rates = new ArrayList<>();
        long[] allocated = new long[n];
        long[] passes = new long[n];
        for (int k = 0; k < n; k++) {
            rates.add(new ArrayList<>());
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (int round = 0; System.nanoTime() < end; round++) {
            int k = round % n;
            long cpu = thread.getCurrentThreadCpuTime();
            long alloc = thread.getThreadAllocatedBytes(id);
            long started = System.nanoTime();
            long done = 0;
            while (System.nanoTime() - started < 1_000_000_000L) {
                for (String page : pages) {
                    try {
                        extract.get(k).invoke(extractors.get(k), page);
                    } catch (InvocationTargetException unreadable) {
                        // a page the extractor refuses costs what it costs; the loop goes on
                    }
                }
                done++;
            }
            rates.get(k).add(done * bytes / 1e6 / ((thread.getCurrentThreadCpuTime() - cpu) / 1e9));
            // the first rounds compile the code; allocation is counted once it settles
            if (round >= 5 * n) {
                allocated[k] += thread.getThreadAllocatedBytes(id) - alloc;
                passes[k] += done;
            }
        }
        for (int k = 0; k < n; k++) {
            List<Double> r = rates.get(k);
            List<Double> settled = new ArrayList<>(r.subList(r.size() / 2, r.size()));
            Collections.sort(settled);
            System.out.printf("%s: median %.2f, best %.2f MB per CPU-second over the last %d rounds; %.0f KB allocated per pass"
                    + " of %d pages, %d bytes%n", builds.isEmpty() ? "this build" : builds.get(k), settled.get(settled.size() / 2),
                    settled.get(settled.size() - 1), settled.size(), allocated[k] / 1024.0 / Math.max(1, passes[k]), pages.size(), bytes);
        }
    }

    /** The extract/ classes need jsoup; the one this tool runs with serves every build. */
    private static URL jsoup() {
        return org.jsoup.Jsoup.class.getProtectionDomain().getCodeSource().getLocation();
    }
}
