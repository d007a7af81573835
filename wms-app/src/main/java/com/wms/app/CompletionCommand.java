package com.wms.app;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wms completion}: the bash/zsh completion script of every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash/zsh completion script for wms (subcommands and options).",
      "This shell: source <(./wms completion)",
      "Every new bash: ./wms completion > ~/.wms-completion.bash and add"
          + " 'source ~/.wms-completion.bash' to ~/.bashrc.",
      "It completes the command typed as wms or ./wms."
    })
final class CompletionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("wms", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
