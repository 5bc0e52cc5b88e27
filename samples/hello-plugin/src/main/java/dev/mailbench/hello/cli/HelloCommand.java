package dev.mailbench.hello.cli;

import dev.mailbench.api.CliCommand;
import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.model.Project;
import dev.mailbench.hello.HelloNote;
import dev.mailbench.hello.engine.Greeting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailbench hello [PROJECT]}: prints the greeting (for the project's customer, with the note kept in
 * the project) in the UI language chosen in Settings. Exit codes: 0 printed, 2 the project cannot be read.
 */
@Command(name = "hello", mixinStandardHelpOptions = true,
        description = {"挨拶を表示します（サンプルプラグイン）。", "Prints a greeting (the sample plugin)."})
public final class HelloCommand implements Callable<Integer>, CliCommand {
    static final int UNREADABLE_FILE = 2;

    private final WorkbenchApi api;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT",
            description = "案件ファイル（お客様の名前で挨拶） / project file (greets its customer)")
    Path project;

    @Spec
    CommandSpec spec;

    public HelloCommand(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (project == null) {
            out.println(api.i18n().text(Greeting.forCustomer("")));
            return 0;
        }
        Project loaded;
        try {
            loaded = api.cli().loadProject(project);
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return UNREADABLE_FILE;
        }
        out.println(api.i18n().text(Greeting.forCustomer(loaded.customer().name())));
        HelloNote.in(loaded).ifPresent(note -> out.println(note.text()));
        return 0;
    }
}
