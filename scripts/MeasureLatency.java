import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from POST to queryable, against a running pipeline (./run-local): posts distinct documents
 * (a base text plus a unique line) one after another and, for each, polls the status resource named
 * by Location until it says PROCESSED (the document's records are stored in the same transaction).
 * Prints every sample, then min, median, p90 and max.
 *
 * Run with the JDK alone (no build):  java scripts/MeasureLatency.java [samples] [warm-up] [file]
 * Environment: INGEST_URL (default http://localhost:8081).
 */
public class MeasureLatency {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String base = Files.readString(Path.of(args.length > 2 ? args[2] : "examples/bulletin.txt"));
        String ingest = System.getenv().getOrDefault("INGEST_URL", "http://localhost:8081");

        for (int i = 0; i < warmUp; i++) {
            roundTrip(ingest, base);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            double ms = roundTrip(ingest, base);
            millis.add(ms);
            System.out.printf("sample %2d: %7.1f ms%n", i + 1, ms);
        }
        Collections.sort(millis);
        System.out.printf("POST to queryable over %d distinct documents (after %d warm-up): min %.1f ms, median %.1f ms, "
                + "p90 %.1f ms, max %.1f ms%n", samples, warmUp, millis.get(0), median(millis),
                millis.get((int) Math.ceil(0.9 * samples) - 1), millis.get(samples - 1));
    }

    private static double roundTrip(String ingest, String base) throws Exception {
        String text = base + "\nMeasurement " + UUID.randomUUID() + "\n";
        long start = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/documents"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("POST answered " + accepted.statusCode() + ": " + accepted.body());
        }
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        long deadline = start + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(location).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() == 200) {
                Matcher m = STATUS.matcher(status.body());
                if (m.find() && m.group(1).equals("PROCESSED")) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (m.find(0) && m.group(1).equals("FAILED")) {
                    throw new IllegalStateException("document failed: " + status.body());
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("not processed within 60 s: " + location);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
