package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wms completion} prints a script that bash loads and that completes commands and options.
 */
class CompletionCommandTest {
  @TempDir Path dir;

  @Test
  void theScriptCompletesSubcommandsAndTheirOptionsInBash() throws Exception {
    WmsCli.Result run = WmsCli.run(Map.of(), "completion");
    assertThat(run.exit()).isZero();
    Path script = Files.writeString(dir.resolve("wms-completion.bash"), run.out());

    assertThat(complete(script, "./wms d")).containsExactlyInAnyOrder("dev", "demo");
    assertThat(complete(script, "./wms co")).containsExactly("completion");
    assertThat(complete(script, "wms dev --")).contains("--data-dir", "--port", "--temporal-port");
    assertThat(complete(script, "wms soak --m")).containsExactly("--minutes");
  }

  /** What bash's completion function offers for the last word of {@code line}. */
  private static List<String> complete(Path script, String line) throws IOException {
    String words = line.endsWith(" ") ? line + "''" : line;
    String bash =
        "source "
            + script
            + " && complete -p wms >/dev/null && COMP_LINE='"
            + line
            + "' && COMP_WORDS=("
            + words
            + ") && COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )) && _complete_wms 2>/dev/null;"
            + " printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p;
    try {
      p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("this test needs bash on the PATH (apt-get install bash)", e);
    }
    try {
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }
}
