package io.eventlens.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time behind each JMH iteration, so the figure does not depend on how busy the machine is:
 * JMH's own score is wall-clock ops/s, which other processes on a shared machine slow down.
 * Reported per iteration as secondary results ({@code extract:tokens}, {@code extract:threadCpuNanos},
 * {@code extract:processCpuNanos}); JMH sums such counters over the iterations, so its summary
 * table shows totals, and {@code evaluation/bench.sh} divides them: tokens per CPU-second.
 *
 * <p>Thread CPU (ThreadMXBean) is the CPU time of the benchmark thread alone: the engine's own
 * work. Process CPU is that of the whole JVM over the iteration, which also charges garbage
 * collection, the JIT compiler and JMH's own threads to the engine: the stricter figure.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Tokens processed in this iteration. */
    public long tokens;
    /** CPU nanoseconds the benchmark thread spent inside the measured calls. */
    public long threadCpuNanos;
    /** CPU nanoseconds of the whole JVM since the iteration began. */
    public long processCpuNanos;

    private long processCpuAtStart;

    @Setup(Level.Iteration)
    public void reset() {
        tokens = 0;
        threadCpuNanos = 0;
        processCpuNanos = 0;
        processCpuAtStart = OS.getProcessCpuTime();
    }

    static long threadCpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Books one call that processed {@code count} tokens, begun at thread CPU time {@code startedAt}. */
    void add(long count, long startedAt) {
        threadCpuNanos += THREADS.getCurrentThreadCpuTime() - startedAt;
        tokens += count;
        processCpuNanos = OS.getProcessCpuTime() - processCpuAtStart;
    }
}
