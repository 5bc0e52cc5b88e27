package dev.mailbench.host;

/**
 * The start-up timeline: with {@code -Dmailbench.trace=true} each step prints {@code <step> <ms since JVM start>
 * [thread]} on standard output (bench/startup.sh reads the {@code launch} and {@code plugins started} lines); with
 * {@code -Dmailbench.trace=cpu} also the thread's and the process's CPU time, and at the first paint every thread's
 * (the JIT compilers' too). Off by default, and then costs one property read per step.
 *
 * <p>The window's start ({@link #deferUntilFlush}) keeps its steps in memory with the wall clock and prints them at
 * the first paint ({@link #flush}): asking the management bean for the JVM's start time loads some 30 classes and
 * took tens of milliseconds on the main thread at the very start, which the measured start-up then carried.
 */
public final class StartupTrace {
    private static final String MODE = System.getProperty("mailbench.trace", "false");
    private static final boolean CPU = "cpu".equals(MODE);
    private static final boolean ON = CPU || Boolean.parseBoolean(MODE);

    private StartupTrace() {
    }

    /**
     * The CPU time of every thread of the process so far, from /proc (Linux; nothing elsewhere), including the JIT
     * compiler and GC threads that the management beans do not list.
     */
    public static void threads() {
        if (!CPU) {
            return;
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        StringBuilder line = new StringBuilder("threads");
        byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(" | ").append(e.getKey()).append(' ').append(e.getValue()).append(" ms"));
        System.out.println(line);
    }

    /** Steps held until {@link #flush}: name, wall-clock milliseconds, thread. Null when printed at once. */
    private static java.util.List<Object[]> deferred;

    /** From now on plain steps wait in memory until {@link #flush} (the window's start, before its first paint). */
    public static synchronized void deferUntilFlush() {
        if (ON && !CPU && deferred == null) {
            deferred = new java.util.ArrayList<>();
        }
    }

    /** Prints the steps held since {@link #deferUntilFlush}; later steps print at once. */
    public static synchronized void flush() {
        java.util.List<Object[]> held = deferred;
        deferred = null;
        if (held != null && !held.isEmpty()) {
            long start = jvmStart();
            for (Object[] step : held) {
                System.out.println(step[0] + " " + ((Long) step[1] - start) + " [" + step[2] + "]");
            }
        }
    }

    public static void mark(String step) {
        if (ON) {
            synchronized (StartupTrace.class) {
                if (deferred != null) {
                    deferred.add(new Object[] {step, System.currentTimeMillis(), Thread.currentThread().getName()});
                    return;
                }
            }
            long start = jvmStart();
            String cpu = "";
            if (CPU) {
                long threadCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                long processCpu = java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
                cpu = " cpu " + threadCpu + " ms, process cpu " + processCpu + " ms";
            }
            System.out.println(step + " " + (System.currentTimeMillis() - start) + " [" + Thread.currentThread().getName()
                    + cpu + "]");
        }
    }

    private static long jvmStart() {
        // The management bean is loaded only when tracing: it costs some 30 classes.
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
