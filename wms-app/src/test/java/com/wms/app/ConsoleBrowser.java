package com.wms.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one headless Chromium the browser tests of a JVM share, driven through Selenium against the
 * {@link TestSystem}. Chromium and chromedriver come from the operating system (Debian's {@code
 * chromium} and {@code chromium-driver}), found at /usr/bin or on PATH; without them the tests fail
 * and say how to install them. Selenium Manager never downloads anything: both paths are given.
 * Screenshots go to {@code target/console-screenshots}, each page at 1280×800 and 390 px wide.
 */
final class ConsoleBrowser {
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SHOTS = Path.of("target", "console-screenshots");
  private static ConsoleBrowser instance;

  private final ChromeDriver driver;
  private final String base;

  private ConsoleBrowser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  static synchronized ConsoleBrowser get() {
    if (instance == null) {
      instance = start(TestSystem.get().baseUrl());
    }
    return instance;
  }

  private static ConsoleBrowser start(String base) {
    Path chromium = executable("chromium", "chromium-browser", "google-chrome");
    Path chromedriver = executable("chromedriver");
    if (chromium == null || chromedriver == null) {
      throw new AssertionError(
          "the console's browser tests need Chromium and its driver, found neither at /usr/bin"
              + " nor on PATH: install them with `apt-get install -y chromium chromium-driver`"
              + " (Debian; .ci/run does this when they are missing)");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("wms-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  driver.quit();
                  deleteTree(profile);
                },
                "console-browser-shutdown"));
    return new ConsoleBrowser(driver, base);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the system, e.g. {@code /console/stock}. */
  void open(String path) {
    driver.get(base + path);
  }

  String url(String path) {
    return base + path;
  }

  /** Signs in through the sign-in form with {@code token}; lands on the orders board. */
  void signIn(String token) {
    driver.manage().deleteAllCookies();
    open("/console/sign-in");
    WebElement field = driver.findElement(By.id("token"));
    field.sendKeys(token);
    field.submit();
    waitFor(d -> d.getCurrentUrl().contains("/console/orders"));
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              try {
                return condition.apply(d);
              } catch (WebDriverException e) {
                if (replacedByHtmx(e)) {
                  return null; // not there yet: ask again on the next poll
                }
                throw e;
              }
            });
  }

  /**
   * Chromium sometimes reports an element that htmx swapped out while it was read as an inspector
   * error rather than as a stale element; both mean the same: read the new one.
   */
  private static boolean replacedByHtmx(WebDriverException e) {
    String message = e.getMessage();
    return message != null && message.contains("does not belong to the document");
  }

  /** The text of the first element matching {@code by}, once it shows {@code text}. */
  void waitForText(By by, String text) {
    waitFor(
        d -> {
          List<WebElement> found = d.findElements(by);
          return !found.isEmpty() && found.get(0).getText().strip().equals(text);
        });
  }

  /** The first element matching {@code by}, once the page shows one. */
  WebElement await(By by) {
    return waitFor(d -> d.findElements(by).stream().findFirst().orElse(null));
  }

  Optional<WebElement> find(By by) {
    return driver.findElements(by).stream().findFirst();
  }

  /** The whole page as a person sees it on a desk screen (1280 wide) and on a phone (390). */
  void screenshot(String name) {
    shoot(name + "-desktop", 1280, 800, false);
    shoot(name + "-phone", 390, 844, true);
  }

  private void shoot(String name, int width, int height, boolean mobile) {
    try {
      metrics(width, height, mobile);
      Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> content = (Map<String, Object>) layout.get("cssContentSize");
      int full = (int) Math.ceil(((Number) content.get("height")).doubleValue());
      metrics(width, Math.min(Math.max(height, full), 6000), mobile);
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
      Files.createDirectories(SHOTS);
      Files.write(
          SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void metrics(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Keeps what the browser showed when a test failed: the page's HTML and a screenshot. */
  static final class OnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (instance == null) {
        return;
      }
      String name = "failed-" + context.getRequiredTestMethod().getName();
      try {
        Files.createDirectories(SHOTS);
        Files.writeString(
            SHOTS.resolve(name + ".html"),
            "<!-- " + instance.driver.getCurrentUrl() + " -->\n" + instance.driver.getPageSource());
        instance.shoot(name, 1280, 800, false);
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static Path executable(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      Path usr = Path.of("/usr/bin", name);
      if (Files.isExecutable(usr)) {
        return usr;
      }
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name);
        }
      }
    }
    return null;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // The profile lives under the temporary directory; a leftover is harmless.
    }
  }
}
