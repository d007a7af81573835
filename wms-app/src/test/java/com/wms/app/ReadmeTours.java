package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The README's tours, run as a reader pastes them: every {@code bash} block that an HTML comment
 * {@code <!-- tour ... -->} marks, in order, in one bash session, in the directory where {@code
 * ./wms dev} wrote its token. The only additions are around the blocks: {@code set -e} with a trap
 * that names a failing command, and a {@code curl} function that runs the real curl and records
 * each exchange (status, method, URL, body) so that the test can check what the README promises.
 */
final class ReadmeTours {
  static final Path README = Path.of("..", "README.md");

  /** Where the README's commands send their requests; the tours are run against another URL. */
  static final String README_URL = "http://127.0.0.1:8080";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PRELUDE =
      """
      set -eE -o pipefail
      trap 'echo "tour command failed with exit status $?: $BASH_COMMAND" >&2' ERR
      curl() {
        local f="$TOUR_EXCHANGES/$(date +%s%N)"
        command curl --write-out '%{stderr}%{http_code} %{method} %{url_effective}' "$@" \\
          2>"$f.status" | tee "$f.body"
      }
      """;

  private ReadmeTours() {}

  /** One request a tour made and its answer. */
  record Exchange(int status, String method, String url, JsonNode body) {
    /** The URL's path and query below {@code /api/v1}, e.g. {@code /orders/ORD-100}. */
    String path() {
      return url.replaceFirst("^https?://[^/]+/api/v1", "");
    }
  }

  /** What a run printed and the exchanges it made, in order. */
  record Run(int exit, String out, String err, List<Exchange> exchanges) {}

  /** The marked bash blocks of the README, in order. */
  static List<String> blocks() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("<!-- tour") && lines.get(i + 1).equals("```bash")) {
        StringBuilder block = new StringBuilder();
        int j = i + 2;
        for (; j < lines.size() && !lines.get(j).equals("```"); j++) {
          block.append(lines.get(j)).append('\n');
        }
        blocks.add(block.toString());
        i = j;
      }
    }
    return blocks;
  }

  /** Runs {@code blocks} in one bash session in {@code workDir}, the README's URL replaced. */
  static Run run(List<String> blocks, String baseUrl, Path workDir)
      throws IOException, InterruptedException {
    requireTools("bash", "curl", "sed", "grep", "tee", "date");
    Path exchanges = Files.createDirectories(workDir.resolve("tour-exchanges"));
    String script = PRELUDE + String.join("\n", blocks).replace(README_URL, baseUrl);
    Path file = Files.writeString(workDir.resolve("tours.sh"), script);
    ProcessBuilder pb =
        new ProcessBuilder("bash", file.toString())
            .directory(workDir.toFile())
            .redirectOutput(workDir.resolve("tours.out").toFile())
            .redirectError(workDir.resolve("tours.err").toFile());
    pb.environment().put("TOUR_EXCHANGES", exchanges.toString());
    Process p = pb.start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("the tours did not finish within 3 minutes");
    }
    return new Run(
        p.exitValue(),
        Files.readString(workDir.resolve("tours.out")),
        Files.readString(workDir.resolve("tours.err")),
        exchanges(exchanges));
  }

  private static List<Exchange> exchanges(Path dir) throws IOException {
    List<Exchange> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path status : files.filter(f -> f.toString().endsWith(".status")).sorted().toList()) {
        String[] s = Files.readString(status).strip().split(" ", 3);
        String body = Files.readString(Path.of(status.toString().replace(".status", ".body")));
        all.add(
            new Exchange(
                Integer.parseInt(s[0]), s[1], s[2], body.isBlank() ? null : JSON.readTree(body)));
      }
    }
    return all;
  }

  private static void requireTools(String... tools) throws InterruptedException {
    for (String tool : tools) {
      boolean found;
      try {
        found = new ProcessBuilder("bash", "-c", "command -v " + tool).start().waitFor() == 0;
      } catch (IOException e) {
        found = false;
      }
      if (!found) {
        throw new IllegalStateException(
            "the README tours need bash, curl, sed, grep and coreutils on the PATH, and "
                + tool
                + " is missing (Debian: apt-get install bash curl sed grep coreutils)");
      }
    }
  }
}
