package dev.newsgraph.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Single-threaded extraction throughput. Each benchmark extracts a fixed input per operation, so
 * MB/s = ops/s × {@link #bytesPerOp()} / 10^6 (UTF-8 bytes of the raw page); the runner prints both.
 * JMH's score is wall-clock; on a shared machine the benchmark thread also waits for a core, so each
 * trial also records the thread's CPU time over the measurement iterations and writes MB per CPU-second
 * to {@code target/jmh/cpu-<benchmark>.txt}, which the runner prints beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    static final int ADVERSARIAL_CHARS = 1_000_000;
    static final Path CPU_RESULTS = Path.of("target", "jmh");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long ops;
    private long iterationCpuStart;
    private long measuredOps;
    private long measuredCpuNanos;

    private ArticleExtractor extractor;
    private List<String> seeds;
    private String noSentenceEnds;
    private String unbalancedQuotes;
    private String capitalisedRuns;

    @Setup
    public void setUp() {
        extractor = new ArticleExtractor();
        seeds = seedPages();
        noSentenceEnds = AdversarialTexts.noSentenceEnds(ADVERSARIAL_CHARS);
        unbalancedQuotes = AdversarialTexts.unbalancedQuotes(ADVERSARIAL_CHARS);
        capitalisedRuns = AdversarialTexts.capitalisedRuns(ADVERSARIAL_CHARS);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        ops = 0;
        iterationCpuStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredOps += ops;
            measuredCpuNanos += threads.getCurrentThreadCpuTime() - iterationCpuStart;
        }
    }

    @TearDown(Level.Trial)
    public void writeCpuThroughput(BenchmarkParams params) throws IOException {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        long perOp = bytesPerOp().get(method);
        double mbPerCpuSecond = measuredOps * (double) perOp / 1e6 / (measuredCpuNanos / 1e9);
        Files.createDirectories(CPU_RESULTS);
        Files.writeString(CPU_RESULTS.resolve("cpu-" + method + ".txt"), String.valueOf(mbPerCpuSecond));
    }

    /**
     * Both seed pages as scraped (about 6.8 KB): the normal case. Its many small code paths take longer to
     * compile than the adversarial loops: with 2 s warm-up iterations it was still speeding up in its eighth
     * iteration, so its three warm-up iterations last 5 s.
     */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    public void seedPages(Blackhole sink) {
        for (String page : seeds) {
            sink.consume(extractor.extract(page));
        }
        ops++;
    }

    /** One megabyte of prose without a single full stop. */
    @Benchmark
    public ExtractedArticle noSentenceEnds() {
        ops++;
        return extractor.extract(noSentenceEnds);
    }

    /** One megabyte holding tens of thousands of quote marks that do not pair up. */
    @Benchmark
    public ExtractedArticle unbalancedQuotes() {
        ops++;
        return extractor.extract(unbalancedQuotes);
    }

    /** One megabyte of capitalised names, titles and outlet names run together. */
    @Benchmark
    public ExtractedArticle capitalisedRuns() {
        ops++;
        return extractor.extract(capitalisedRuns);
    }

    /** UTF-8 bytes each benchmark method extracts per operation, by method name. */
    static Map<String, Long> bytesPerOp() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("seedPages", seedPages().stream().mapToLong(ExtractionBenchmark::utf8Bytes).sum());
        bytes.put("noSentenceEnds", utf8Bytes(AdversarialTexts.noSentenceEnds(ADVERSARIAL_CHARS)));
        bytes.put("unbalancedQuotes", utf8Bytes(AdversarialTexts.unbalancedQuotes(ADVERSARIAL_CHARS)));
        bytes.put("capitalisedRuns", utf8Bytes(AdversarialTexts.capitalisedRuns(ADVERSARIAL_CHARS)));
        return bytes;
    }

    private static List<String> seedPages() {
        return SeedFiles.seeds().stream().map(SeedFiles::read).toList();
    }

    private static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
