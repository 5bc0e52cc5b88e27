package dev.mailbench.host;

/**
 * The start-up timeline: with {@code -Dmailbench.trace=true} each step prints {@code <step> <ms since JVM start>}
 * on standard output (bench/startup.sh reads the {@code launch} line). Off by default, and then costs one
 * property read per step.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("mailbench.trace");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            // The management bean is loaded only when tracing: it costs some 30 classes.
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            long threadCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processCpu = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
            System.out.println(step + " " + (System.currentTimeMillis() - start) + " [" + Thread.currentThread().getName()
                    + " cpu " + threadCpu + " ms, process cpu " + processCpu + " ms]");
        }
    }
}
