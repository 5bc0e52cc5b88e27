package dev.mailbench.host.ui;

import dev.mailbench.api.model.Project;
import dev.mailbench.host.Workbench;
import dev.mailbench.host.project.ProjectFileException;
import dev.mailbench.host.project.ProjectSession;
import dev.mailbench.host.project.ProjectStore;
import dev.mailbench.host.project.RecoveryStore;
import dev.mailbench.host.ui.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New, open, save, save as, recent projects, the unsaved-changes question and crash recovery, as the
 * consultant sees them. A file that fails to parse is reported with line and column and never touched.
 */
public final class ProjectFiles {
    public static final String EXTENSION = ".mailbench.json";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectFiles.class);
    private static final String SAMPLE_RESOURCES = "/samples/";
    private static final String SAMPLE_FILE = "sample-shoji.mailbench.json";
    /** The sample project and the zone files its DNS check reads (see samples/). */
    private static final List<String> SAMPLE_FILES = List.of(SAMPLE_FILE, "sample-shoji.test.zone",
            "reference-zones/xserver.jp.zone", "reference-zones/113.0.203.in-addr.arpa.zone",
            "reference-zones/old-provider.test.zone");

    private final WorkbenchFrame frame;
    private final Workbench workbench;
    private final ProjectSession session;
    private final ProjectStore store;

    private boolean askAboutRecovery = true;

    /**
     * Off for unattended runs (screenshots, start-up probe): nobody is there to answer, so no recovery
     * question and errors go to stderr instead of a dialog.
     */
    public void setAskAboutRecovery(boolean ask) {
        askAboutRecovery = ask;
    }

    ProjectFiles(WorkbenchFrame frame, Workbench workbench) {
        this.frame = frame;
        this.workbench = workbench;
        this.session = workbench.session();
        this.store = workbench.projectStore();
        this.reader = workbench::readProject;
    }

    // ---- commands ----

    public void newProject() {
        if (confirmDiscardOrSave()) {
            workbench.newProject();
        }
    }

    public void open() {
        if (!confirmDiscardOrSave()) {
            return;
        }
        JFileChooser chooser = chooser("dialog.open.title", startFolder());
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            openFile(chooser.getSelectedFile().toPath());
        }
    }

    public void openRecent(Path path) {
        if (!Files.isRegularFile(path)) {
            JOptionPane.showMessageDialog(frame, Texts.format("dialog.recentMissing", path), Texts.get("app.title"),
                    JOptionPane.WARNING_MESSAGE);
            String missing = path.toString();
            workbench.settingsStore().update(s -> s.withRecentProjects(
                    s.recentProjects().stream().filter(p -> !p.equals(missing)).toList()));
            return;
        }
        if (confirmDiscardOrSave()) {
            openFile(path);
        }
    }

    /**
     * Opens without asking about unsaved changes (the caller did). When a previous run left unsaved edits
     * of this file, offers to restore them first.
     */
    public boolean openFile(Path path) {
        return openFile(path, () -> reader.read(path), null);
    }

    /**
     * As {@link #openFile(Path)} at start-up: the file has been being read since before the window was built, and
     * the recent-files list is left to {@code adopted} (nothing is written before the first paint), which runs when
     * the file itself became the open project (not a recovery of it).
     */
    public boolean openFileAtStart(Path path, java.util.concurrent.Future<ProjectStore.Loaded> reading, Runnable adopted) {
        java.util.concurrent.Callable<ProjectStore.Loaded> read = () -> {
            try {
                return reading.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
        // Usually read by the time the window is built: then taken at once, without the wait's thread, loop and timer.
        return openFile(path, reading.isDone() ? new ReadAlready(read) : read, adopted);
    }

    /** A read that is over: its result (or failure) is taken on the event thread without waiting. */
    private record ReadAlready(java.util.concurrent.Callable<ProjectStore.Loaded> read)
            implements java.util.concurrent.Callable<ProjectStore.Loaded> {
        @Override
        public ProjectStore.Loaded call() throws Exception {
            return read.call();
        }

        ProjectStore.Loaded take() throws WaitWithCancel.WorkFailed {
            try {
                return read.call();
            } catch (Exception e) {
                throw new WaitWithCancel.WorkFailed(e);
            }
        }
    }

    /** @param adopted null: the file goes on the recent-files list at once */
    private boolean openFile(Path path, java.util.concurrent.Callable<ProjectStore.Loaded> read, Runnable adopted) {
        if (askAboutRecovery) {
            Optional<RecoveryStore.Recovery> recovery = workbench.recovery().findFor(path);
            if (recovery.isPresent() && askRecovery(recovery.get(), false) == RecoveryChoice.RESTORED) {
                return true;
            }
        }
        try {
            dev.mailbench.host.StartupTrace.mark("opening: recovery checked");
            Optional<ProjectStore.Loaded> loaded = read instanceof ReadAlready already ? Optional.of(already.take())
                    : WaitWithCancel.run(frame, Texts.format("dialog.opening", path.getFileName()), read);
            dev.mailbench.host.StartupTrace.mark("opening: read");
            if (loaded.isEmpty()) {
                return false;
            }
            workbench.adoptProject(path, loaded.get(), adopted == null);
            if (adopted != null) {
                adopted.run();
            }
            return true;
        } catch (WaitWithCancel.WorkFailed failed) {
            if (failed.getCause() instanceof ProjectFileException e) {
                showOpenError(e);
                return false;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Reads a project file off the event thread; tests replace it with a slow one. */
    @FunctionalInterface
    interface ProjectReader {
        ProjectStore.Loaded read(Path file) throws ProjectFileException;
    }

    private ProjectReader reader;

    void setReaderForTest(ProjectReader reader) {
        this.reader = reader;
    }

    /**
     * The sample customer shipped with MailBench, opened as an untitled project. Its planned zone and the
     * reference zones its DNS section names are unpacked beside it, so the DNS check shows real findings offline.
     */
    public void openSample() {
        try {
            Path folder = unpackSample();
            ProjectStore.Loaded loaded = store.load(folder.resolve(SAMPLE_FILE));
            workbench.recovery().discard();
            session.open(loaded, null, folder);
            frame.markSample();
        } catch (IOException | ProjectFileException e) {
            LOG.warn("The sample could not be opened: {}", e.toString());
            session.open(Project.empty(), null, null);
        }
    }

    /** A fresh folder with the sample's files, removed when MailBench exits. */
    private static Path unpackSample() throws IOException {
        Path folder = Files.createTempDirectory("mailbench-sample");
        folder.toFile().deleteOnExit();
        for (String name : SAMPLE_FILES) {
            try (InputStream in = ProjectFiles.class.getResourceAsStream(SAMPLE_RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("missing from the build: " + SAMPLE_RESOURCES + name);
                }
                Path target = folder.resolve(name);
                if (!target.getParent().equals(folder)) {
                    Files.createDirectories(target.getParent());
                    target.getParent().toFile().deleteOnExit();
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().deleteOnExit();
            }
        }
        return folder;
    }

    public boolean save() {
        if (!confirmUnreadableInputs()) {
            return false;
        }
        Optional<Path> file = session.file();
        return file.isPresent() ? writeTo(file.get()) : chooseFileAndWrite();
    }

    public boolean saveAs() {
        return confirmUnreadableInputs() && chooseFileAndWrite();
    }

    private boolean chooseFileAndWrite() {
        JFileChooser chooser = chooser("dialog.saveAs.title", startFolder());
        String suggested = session.project().customer().name().isBlank() ? "project"
                : session.project().customer().name().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        Path dir = session.file().map(Path::getParent).orElse(chooser.getCurrentDirectory().toPath());
        chooser.setSelectedFile(dir.resolve(session.file().map(p -> p.getFileName().toString())
                .orElse(suggested + EXTENSION)).toFile());
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return false;
        }
        Path target = withExtension(chooser.getSelectedFile().toPath());
        if (Files.exists(target) && !target.equals(session.file().orElse(null))) {
            int answer = JOptionPane.showConfirmDialog(frame, Texts.format("dialog.overwrite.text", target.getFileName()),
                    Texts.get("dialog.overwrite.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return false;
            }
        }
        return writeTo(target);
    }

    /**
     * Commits what was typed; when some fields hold text that cannot be read, says so before the project is written
     * without those values (they stay in their fields, marked): nothing typed is dropped without a word.
     *
     * @return true to go on saving
     */
    private boolean confirmUnreadableInputs() {
        if (frame.commitDrafts()) {
            return true;
        }
        Object[] options = {Texts.get("dialog.unreadable.saveAnyway"), Texts.get("common.cancel")};
        int answer = JOptionPane.showOptionDialog(frame, Texts.format("dialog.unreadable.text", frame.unreadableCount()),
                Texts.get("dialog.unreadable.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE,
                null, options, options[1]);
        return answer == 0;
    }

    /** Writes the project to {@code target} (no dialogs except on failure). */
    public boolean writeTo(Path target) {
        frame.commitDrafts();
        try {
            workbench.saveProjectAs(target);
            return true;
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(frame, Texts.format("dialog.saveFailed.text", e.getMessage()),
                    Texts.get("dialog.saveFailed.title"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
    }

    /**
     * Before the project is replaced or the window closes: commit what was typed and, when there are
     * unsaved changes, ask 保存 / 保存しない / キャンセル.
     *
     * @return true when it is fine to go on
     */
    public boolean confirmDiscardOrSave() {
        boolean committed = frame.commitDrafts();
        if (!session.isDirty() && committed) {
            return true;
        }
        String name = session.file().map(p -> p.getFileName().toString()).orElse(Texts.get("app.untitled"));
        Object[] options = {Texts.get("dialog.unsaved.save"), Texts.get("dialog.unsaved.discard"), Texts.get("common.cancel")};
        int answer = JOptionPane.showOptionDialog(frame, Texts.format("dialog.unsaved.text", name),
                Texts.get("dialog.unsaved.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE,
                null, options, options[0]);
        if (answer == 0) {
            return save();
        }
        if (answer == 1) {
            // The consultant chose to drop the edits: their autosave goes too.
            workbench.recovery().discard();
            return true;
        }
        return false;
    }

    // ---- recovery ----

    private enum RecoveryChoice { RESTORED, DISCARDED, LATER }

    /** At start-up: unsaved edits a previous run left behind (a crash before saving, a killed process). */
    public void offerOrphanRecoveries() {
        if (!askAboutRecovery) {
            return;
        }
        for (RecoveryStore.Recovery recovery : workbench.recovery().orphans()) {
            RecoveryChoice choice = askRecovery(recovery, true);
            if (choice != RecoveryChoice.DISCARDED) {
                // Restored one (the window shows it now) or "later": do not stack more questions.
                return;
            }
        }
    }

    /** @param confirmFirst ask about the open project's unsaved edits before replacing it */
    private RecoveryChoice askRecovery(RecoveryStore.Recovery recovery, boolean confirmFirst) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Texts.locale())
                .format(recovery.savedAt().atZone(ZoneId.systemDefault()));
        String file = recovery.originalFile() == null ? Texts.get("app.untitled") : recovery.originalFile().toString();
        Object[] options = {Texts.get("dialog.recovery.restore"), Texts.get("dialog.recovery.discard"),
                Texts.get("dialog.recovery.later")};
        int answer = JOptionPane.showOptionDialog(frame, Texts.format("dialog.recovery.text", file, when),
                Texts.get("dialog.recovery.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE,
                null, options, options[0]);
        if (answer == 0) {
            if (!confirmFirst || confirmDiscardOrSave()) {
                workbench.restore(recovery);
                return RecoveryChoice.RESTORED;
            }
            return RecoveryChoice.LATER;
        }
        if (answer == 1) {
            workbench.recovery().delete(recovery);
            return RecoveryChoice.DISCARDED;
        }
        return RecoveryChoice.LATER;
    }

    // ---- helpers ----

    private void showOpenError(ProjectFileException e) {
        if (!askAboutRecovery) {
            // Unattended (screenshot, start-up probe): nobody would close a dialog.
            System.err.println(e.file() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
            return;
        }
        String name = e.file() == null ? "" : e.file().toString();
        String text = e.line() > 0
                ? Texts.format("dialog.openFailed.text", name, e.line(), e.column(), escape(e.getMessage()))
                : Texts.format("dialog.openFailed.textNoPos", name, escape(e.getMessage()));
        JOptionPane.showMessageDialog(frame, text, Texts.get("dialog.openFailed.title"), JOptionPane.ERROR_MESSAGE);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private JFileChooser chooser(String titleKey, Path startDir) {
        JFileChooser chooser = new JFileChooser(startDir == null ? null : startDir.toFile());
        chooser.setName("fileChooser");
        chooser.setDialogTitle(Texts.get(titleKey));
        chooser.setAcceptAllFileFilterUsed(true);
        FileFilter filter = new FileFilter() {
            @Override
            public boolean accept(java.io.File f) {
                return f.isDirectory() || f.getName().endsWith(EXTENSION);
            }

            @Override
            public String getDescription() {
                return Texts.get("dialog.fileFilter");
            }
        };
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        return chooser;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return path;
        }
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return path.resolveSibling(name + EXTENSION);
    }

    public List<Path> recentProjects() {
        return workbench.settingsStore().recentProjects();
    }

    /** Where a file dialog opens: the open project's folder, else the folder set in the settings, else home. */
    private Path startFolder() {
        return session.file().map(Path::getParent).orElse(folder(workbench.settings().defaultProjectDir()));
    }

    private static Path folder(String setting) {
        return setting == null || setting.isBlank() ? null : Path.of(setting);
    }
}
