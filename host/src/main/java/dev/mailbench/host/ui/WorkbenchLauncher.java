package dev.mailbench.host.ui;

import dev.mailbench.host.Workbench;
import dev.mailbench.host.plugins.PluginHost;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Starts the Swing workbench: FlatLaf before the first window, the language and theme from the settings
 * (or the command line), the project given or the bundled sample. With {@code --screenshot} it paints the
 * main window into a PNG and returns without waiting for the consultant.
 */
public final class WorkbenchLauncher {
    /** With {@code -Dmailbench.startupProbe=true}: print {@code STARTUP_PAINTED <ms>} after the first paint and quit. */
    public static final String STARTUP_PROBE = "mailbench.startupProbe";
    /** Exit code when there is no screen to open the window on. */
    public static final int NO_DISPLAY = 3;

    /** The theme set up on the event thread before the settings were read (see {@link #launch(GuiCommandLine)}). */
    private static String earlyTheme;

    private WorkbenchLauncher() {
    }

    /**
     * The window started straight from {@code main} ({@link GuiCommandLine}): the project file is read on a thread
     * of its own while the settings are read and the window is built, and the plugins start after the first paint.
     *
     * @return the process exit code
     */
    public static int launch(GuiCommandLine commandLine) {
        GuiOptions options = commandLine.options();
        // First: Jackson's set-up and the file are the longest part of the start that needs no screen.
        Future<ProjectStore.Loaded> reading = options.project() == null ? null : readInBackground(options.project());
        if (!java.awt.GraphicsEnvironment.isHeadless()) {
            // The look and feel takes a good part of the start: the event thread sets it up while this thread reads
            // the settings, for the theme asked for or else the usual light one (a dark one from the settings
            // replaces it before any window exists).
            enableTextAntialiasing();
            String theme = Themes.normalize(options.theme());
            SwingUtilities.invokeLater(() -> {
                Themes.setup(theme);
                earlyTheme = theme;
                trace("laf early");
            });
            trace("launch: toolkit");
        }
        try (Workbench workbench = Workbench.createWithoutPlugins(commandLine.configDir(), commandLine.pluginsDir())) {
            trace("workbench");
            return launch(workbench, options, reading);
        } finally {
            dev.mailbench.host.StartupTrace.flush(); // a start that never painted
        }
    }

    /** @return the process exit code */
    public static int launch(Workbench workbench, GuiOptions options) {
        return launch(workbench, options, null);
    }

    /**
     * The project file read while the settings are read and the window is built, with a store of its own (the
     * workbench's store counts the file as its own when it is adopted).
     */
    private static Future<ProjectStore.Loaded> readInBackground(Path file) {
        FutureTask<ProjectStore.Loaded> task = new FutureTask<>(() -> {
            ProjectStore.Loaded loaded = new ProjectStore().load(file);
            trace("project read");
            return loaded;
        });
        Thread thread = new Thread(task, "mailbench-open");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static int launch(Workbench workbench, GuiOptions options, Future<ProjectStore.Loaded> reading) {
        AtomicReference<Thread> remembering = new AtomicReference<>();
        try {
            return launch(workbench, options, reading, remembering);
        } finally {
            Thread thread = remembering.get();
            if (thread != null) {
                try {
                    thread.join(TimeUnit.SECONDS.toMillis(10)); // a screenshot run ends at once; the entry still counts
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static int launch(Workbench workbench, GuiOptions options, Future<ProjectStore.Loaded> reading,
                              AtomicReference<Thread> remembering) {
        trace("launch");
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            System.err.println("画面（ディスプレイ）がないためウィンドウを開けません。DISPLAY を設定するか、"
                    + "コマンド（mailbench --help）を使ってください。");
            System.err.println("No display: the workbench window cannot open. Set DISPLAY, or use the commands"
                    + " (mailbench --help).");
            return NO_DISPLAY;
        }
        enableTextAntialiasing();
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        boolean unattended = probe || options.screenshot() != null;
        String theme = options.theme() != null ? options.theme() : workbench.settings().theme();
        String language = options.language() != null ? options.language() : workbench.settings().language();
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.JAPANESE;
        Texts.setLocale(locale);

        // A screenshot shows every plugin's panel, and --tab may name one: those wait for the plugins. Otherwise the
        // window comes first and the plugins start after its first paint (started already when picocli ran).
        PluginHost plugins = workbench.plugins();
        if (options.screenshot() != null || options.tab() != null) {
            plugins.start();
            trace("plugins");
        }
        AtomicReference<WorkbenchFrame> frameRef = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean adopted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean failedToOpen = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch painted = new CountDownLatch(1);
        try {
            FutureTask<Void> building = new FutureTask<>(() -> {
                trace("edt start");
                // On the EDT: plugins' locale listeners may touch Swing (I18nApi promises the EDT).
                workbench.locale().set(locale);
                String early = earlyTheme;
                earlyTheme = null;
                if (!Themes.normalize(theme).equals(early)) {
                    Themes.setup(theme);
                }
                trace("laf");
                WorkbenchFrame frame = new WorkbenchFrame(workbench);
                trace("frame");
                frameRef.set(frame);
                // The start-up probe looks for the project's recovery as the consultant's start does (none in a fresh
                // config folder, so no question); a screenshot must never wait on one.
                frame.files().setAskAboutRecovery(options.screenshot() == null);
                boolean opened = options.project() != null && (reading != null
                        ? frame.files().openFileAtStart(options.project(), reading, () -> adopted.set(true))
                        : frame.files().openFile(options.project()));
                if (options.project() == null) {
                    frame.showStartScreen();
                } else if (!opened) {
                    if (unattended) {
                        failedToOpen.set(true);
                        return;
                    }
                    frame.showStartScreen();
                }
                trace("opened");
                frame.openTab(dev.mailbench.host.ui.editor.RouteEditor.ID);
                trace("tab");
                if (options.tab() != null && !options.tab().isBlank()) {
                    var tab = frame.resolveTabId(options.tab());
                    if (tab.isPresent()) {
                        frame.openTab(tab.get());
                    } else {
                        System.err.println("タブ「" + options.tab() + "」はありません / no tab \"" + options.tab()
                                + "\". --tab: " + String.join(", ", frame.tabIds()));
                        if (unattended) {
                            // A screenshot of some other tab would be mistaken for the one asked for.
                            failedToOpen.set(true);
                            return;
                        }
                    }
                }
                frame.onFirstPaint(() -> {
                    trace("painted");
                    dev.mailbench.host.StartupTrace.flush();
                    dev.mailbench.host.StartupTrace.threads();
                    painted.countDown();
                    plugins.startInBackground();
                    if (adopted.get()) {
                        remembering.set(rememberLater(workbench, options.project()));
                    }
                });
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                // No pack(): the placer sets the size, and a pack would lay the window out once more at another one.
                frame.placer().placeOnOpen(!unattended);
                trace("placed");
                frame.setVisible(true);
                trace("visible");
            }, null);
            SwingUtilities.invokeLater(building);
            building.get();
            WorkbenchFrame frame = frameRef.get();
            if (failedToOpen.get()) {
                SwingUtilities.invokeAndWait(frame::dispose);
                return 2;
            }
            if (probe) {
                painted.await(60, TimeUnit.SECONDS);
                long sinceStart = System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("STARTUP_PAINTED " + sinceStart);
                SwingUtilities.invokeAndWait(frame::dispose);
                return 0;
            }
            if (options.screenshot() != null) {
                painted.await(30, TimeUnit.SECONDS);
                awaitTasks(workbench, TimeUnit.SECONDS.toMillis(30));
                writeScreenshot(frame, options.screenshot());
                SwingUtilities.invokeAndWait(frame::dispose);
                return 0;
            }
            SwingUtilities.invokeLater(() -> frame.files().offerOrphanRecoveries());
            closed.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (InvocationTargetException | ExecutionException | IOException e) {
            Throwable cause = !(e instanceof IOException) && e.getCause() != null ? e.getCause() : e;
            System.err.println("MailBench: " + cause);
            cause.printStackTrace();
            return 1;
        }
    }

    /**
     * Waits (bounded) until the tasks panels started on opening have finished, such as the DNS panel's offline
     * check of the sample, so a screenshot shows their result rather than a progress bar.
     */
    private static void awaitTasks(Workbench workbench, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!workbench.tasks().running().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        try {
            SwingUtilities.invokeAndWait(() -> { }); // let the tasks' last EDT updates run
        } catch (InvocationTargetException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Paints the real window (menu bar, navigator, tabs, status bar) into a PNG of the window's size, on the
     * EDT after all pending layout and paint events have run.
     */
    public static void writeScreenshot(WorkbenchFrame frame, Path file) throws IOException, InterruptedException {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        try {
            // Two round trips: the first lets queued revalidations run, the second paints the settled window.
            SwingUtilities.invokeAndWait(frame::validate);
            SwingUtilities.invokeAndWait(() -> image.set(paint(frame)));
        } catch (InvocationTargetException e) {
            throw new IOException("cannot paint the window", e.getCause());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image.get(), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static BufferedImage paint(WorkbenchFrame frame) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color background = UIManager.getColor("Panel.background");
            g.setColor(background == null ? Color.WHITE : background);
            g.fillRect(0, 0, width, height);
            Insets insets = frame.getInsets();
            g.translate(insets.left, insets.top);
            frame.getRootPane().printAll(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The recent-files entry of the project opened at start, written off the event thread after the first paint. */
    private static Thread rememberLater(Workbench workbench, Path project) {
        Thread thread = new Thread(() -> {
            try {
                workbench.settingsStore().addRecentProject(project);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(WorkbenchLauncher.class).warn("Cannot remember {} as recent", project, e);
            }
        }, "mailbench-recent");
        thread.start();
        return thread;
    }

    static void trace(String what) {
        dev.mailbench.host.StartupTrace.mark(what);
    }

    /** Without a desktop (Xvfb, some Linux sessions) Java draws jagged text unless told otherwise. */
    private static void enableTextAntialiasing() {
        if (System.getProperty("awt.useSystemAAFontSettings") == null) {
            System.setProperty("awt.useSystemAAFontSettings", "on");
        }
        if (System.getProperty("swing.aatext") == null) {
            System.setProperty("swing.aatext", "true");
        }
    }
}
