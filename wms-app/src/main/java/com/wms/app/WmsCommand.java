package com.wms.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wms} command: runs the WMS inventory slice on one machine or in production. */
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
      SoakCommand.class
    })
public final class WmsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Logging.quietStartup();
    int exit = new CommandLine(new WmsCommand()).execute(args);
    if (exit != 0 || !DevCommand.keepsRunning()) {
      System.exit(exit);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
