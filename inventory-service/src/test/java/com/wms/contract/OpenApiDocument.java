package com.wms.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed OpenAPI document, {@code docs/openapi.yaml} at the root of the repository: the
 * contract the served document must equal and every response of the tests must keep.
 */
public final class OpenApiDocument {
  /** The system property that makes the drift test rewrite the committed document. */
  public static final String WRITE_PROPERTY = "wms.openapi.write";

  /** The one command that rewrites the committed document from the served one. */
  public static final String REWRITE_COMMAND =
      "mvn -B -pl wms-app -am verify -Dit.test=OpenApiDocumentIT -Dtest=none"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -D"
          + WRITE_PROPERTY
          + "=true";

  private OpenApiDocument() {}

  /** {@code docs/openapi.yaml}, found from the working directory of the build (a module). */
  public static Path path() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("wms-app"))) {
        return d.resolve("docs").resolve("openapi.yaml");
      }
    }
    throw new IllegalStateException("no repository root (with wms-app/) above " + dir);
  }
}
