package dev.mailbench.host.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a command-line mistake without repeating what was typed after an unknown option: picocli's own message
 * ("Unknown options: '--key', 'xs_…'") would print a password or API key the consultant put there by mistake. An
 * unknown option that names a secret also says where secrets come from instead. One place for every command, the
 * plugins' included.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    /** Option names that can only mean a secret: {@code --key}, {@code --api-key}, {@code --password}, {@code --token}, ... */
    private static final Pattern SECRET = Pattern.compile("--?(?:[a-z-]*-)?(?:key|password|passwd|pass|token|secret)", Pattern.CASE_INSENSITIVE);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> options = unmatched.getUnmatched().stream().filter(a -> a.startsWith("-"))
                    .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).toList();
            long values = unmatched.getUnmatched().size() - options.size();
            err.println("知らない引数です / unknown argument(s): " + (options.isEmpty() ? "" : String.join(", ", options))
                    + (values > 0 ? (options.isEmpty() ? "" : " ") + "（ほかに値 " + values + " 個、表示しません / " + values
                            + " more value(s), not shown)" : ""));
            if (options.stream().anyMatch(o -> SECRET.matcher(o.toLowerCase(Locale.ROOT)).matches())) {
                err.println("パスワードや API キーはコマンドライン引数では受け付けません（シェルの履歴やプロセス一覧に残るため）。"
                        + "標準入力か、コマンドの説明にある環境変数で渡してください。引数に書いた値は漏れたものとして、変更か再発行を検討してください。");
                err.println("Passwords and API keys are never taken as command-line arguments (they stay in the shell history and the "
                        + "process list). Pass them on standard input or in the environment variable the command's help names; consider "
                        + "the value you typed exposed and change or reissue it.");
            }
        } else {
            err.println(ex.getMessage());
        }
        cmd.usage(err);
        return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
