package dev.mailbench.host;

/**
 * The start-up timeline: with {@code -Dmailbench.trace=true} each step prints {@code <step> <ms since JVM start>
 * [thread]} on standard output (bench/startup.sh reads the {@code launch} and {@code plugins started} lines); with
 * {@code -Dmailbench.trace=cpu} also the thread's and the process's CPU time, and at the first paint every thread's
 * (the JIT compilers' too). Off by default, and then costs one property read per step.
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

    public static void mark(String step) {
        if (ON) {
            // The management bean is loaded only when tracing: it costs some 30 classes.
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
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
}
