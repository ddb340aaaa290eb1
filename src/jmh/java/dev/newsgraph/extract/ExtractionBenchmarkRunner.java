package dev.newsgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark}, writes JMH's JSON to the path given first, and prints throughput in
 * MB/s next to JMH's own table. Further arguments are ordinary JMH options (e.g. {@code -prof jfr:dir=target/jmh/jfr}).
 */
public final class ExtractionBenchmarkRunner {

    private ExtractionBenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path json = Path.of(args.length > 0 ? args[0] : "target/jmh/results.json").toAbsolutePath();
        Files.createDirectories(json.getParent());
        Files.createDirectories(ExtractionBenchmark.CPU_RESULTS);
        try (var stale = Files.list(ExtractionBenchmark.CPU_RESULTS)) {
            for (Path p : stale.filter(p -> p.getFileName().toString().startsWith("cpu-")).toList()) {
                Files.delete(p);
            }
        }
        String[] jmhArgs = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(jmhArgs))
                .include(ExtractionBenchmark.class.getName() + "\\.")
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Long> bytes = ExtractionBenchmark.bytesPerOp();
        System.out.println();
        System.out.println("Extraction throughput, one thread (MB/s = ops/s x bytes/op / 10^6):");
        System.out.printf("%-20s %12s %12s %10s %10s %14s%n", "benchmark", "ops/s", "bytes/op", "MB/s", "± MB/s",
                "MB/CPU-second");
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double ops = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            long perOp = bytes.getOrDefault(method, 0L);
            System.out.printf("%-20s %12.2f %12d %10.2f %10.2f %14s%n", method, ops, perOp, ops * perOp / 1e6,
                    Double.isNaN(error) ? Double.NaN : error * perOp / 1e6, cpuThroughput(method));
        }
        System.out.println("MB/s is wall-clock (what JMH measures); MB/CPU-second divides by the benchmark thread's CPU time,"
                + " which discounts time spent waiting for a core on a busy machine.");
        System.out.println("JSON results: " + json);
    }

    private static String cpuThroughput(String method) throws java.io.IOException {
        Path file = ExtractionBenchmark.CPU_RESULTS.resolve("cpu-" + method + ".txt");
        return Files.exists(file) ? String.format("%.2f", Double.parseDouble(Files.readString(file))) : "n/a";
    }
}
