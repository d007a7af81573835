package com.wms.app;

import com.wms.app.config.ConfigurationException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code wms} command: runs the WMS inventory slice on one machine or in production. Every
 * mistake in its arguments or configuration is answered with one line per problem on stderr and
 * exit status 2, before anything starts.
 */
@Command(
    name = "wms",
    mixinStandardHelpOptions = true,
    version = "wms 0.1.0",
    description = "WMS inventory lifecycle: inventory service, audit and tools.",
    subcommands = {
      DevCommand.class,
      InventoryServiceCommand.class,
      WorkerCommand.class,
      AuditCommand.class,
      DemoCommand.class,
      SoakCommand.class,
      CompletionCommand.class
    })
public final class WmsCommand implements Runnable {
  /** The exit status of a mistake in the arguments or the configuration. */
  static final int MISTAKE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  private WmsCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static void main(String[] args) {
    Logging.quietStartup();
    int exit = commandLine(System.getenv()).execute(args);
    if (exit != 0 || !DevCommand.keepsRunning()) {
      System.exit(exit);
    }
  }

  /** The command line of {@code wms} reading these environment variables (tests pass their own). */
  static CommandLine commandLine(Map<String, String> env) {
    return new CommandLine(new WmsCommand(env))
        .setParameterExceptionHandler(WmsCommand::invalidArguments)
        .setExecutionExceptionHandler(WmsCommand::failed);
  }

  /** The environment variables the commands read. */
  Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int invalidArguments(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    List<String> suggestions =
        e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
    String didYouMean =
        suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
    cmd.getErr()
        .println(name + ": " + oneLine(e.getMessage()) + didYouMean + "; see " + name + " --help");
    return MISTAKE;
  }

  private static int failed(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
    if (!(e instanceof ConfigurationException mistake)) {
      throw e;
    }
    String name = cmd.getCommandSpec().qualifiedName();
    mistake.problems().forEach(p -> cmd.getErr().println(name + ": " + oneLine(p)));
    return MISTAKE;
  }

  private static String oneLine(String text) {
    return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
