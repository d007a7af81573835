package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Stock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator console end to end in headless Chromium against the whole system ({@link
 * TestSystem}): signing in, the live board, an order picked, packed and shipped from the console, a
 * short pick held for review and resolved, a cancel after staging, what a viewer may not do, bad
 * input shown beside its field, the admin's stock pages and the audit. Every page is photographed
 * at both sizes under target/console-screenshots.
 */
@ExtendWith(ConsoleBrowser.OnFailure.class)
class ConsoleBrowserIT {
  private final ConsoleBrowser browser = ConsoleBrowser.get();
  private final WebDriver page = browser.driver();
  private final Api admin = TestSystem.get().api();
  private final Stock stock = new Stock(admin);
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theSignInLinkSignsInAsAdminAndABadTokenIsRefusedBesideTheField() {
    page.manage().deleteAllCookies();
    browser.open("/console/orders");
    assertThat(page.getCurrentUrl()).contains("/console/sign-in?next=");
    browser.await(By.id("token")).sendKeys("not-a-token-of-this-server");
    browser.await(By.cssSelector("#sign-in button[type=submit]")).click();

    browser.waitFor(d -> !d.findElements(By.id("token-error")).isEmpty());
    assertThat(browser.await(By.id("token-error")).getText()).contains("not valid");
    assertThat(browser.await(By.id("token")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.screenshot("sign-in");

    page.get("about:blank");
    page.get(DevBanner.consoleLink(browser.url(""), Api.ADMIN_TOKEN));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/console/orders"));
    assertThat(page.getCurrentUrl()).doesNotContain("token");
    assertThat(browser.await(By.cssSelector("[data-role]")).getText()).isEqualTo("admin");
    assertThat(page.findElements(By.cssSelector("[data-column]"))).hasSize(6);
    assertThat(page.manage().getCookieNamed("wms_console").isHttpOnly()).isTrue();
    assertThat(page.manage().getCookieNamed("wms_console").getSameSite()).isEqualTo("Strict");
  }

  @Test
  void anOrderPlacedAppearsLiveOnTheBoardAndIsPickedPackedAndShippedFromTheConsole() {
    String sku = stock.stockedSku("CON", "A-01", 10);
    String order = "con-" + run + "-ship";
    browser.signIn(Api.OPERATOR_TOKEN);
    browser.open("/console/orders?sku=" + sku);
    ((org.openqa.selenium.JavascriptExecutor) page).executeScript("window.stillTheSamePage = true");

    admin.as(Api.OPERATOR_TOKEN).post("/api/v1/orders", orderJson(order, sku, 3));

    browser.waitFor(
        d ->
            !d.findElements(By.cssSelector("[data-column=picking] [data-order='" + order + "']"))
                .isEmpty());
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript("return window.stillTheSamePage === true"))
        .as("the board updated without a reload")
        .isEqualTo(true);
    assertThat(browser.await(By.cssSelector("[data-column=picking] [data-count]")).getText())
        .isEqualTo("1");
    browser.open("/console/orders");
    browser.screenshot("board");

    browser.open("/console/orders/" + order);
    browser.screenshot("order-picking");
    browser.await(By.cssSelector("#pick-form button[type=submit]")).click();
    browser.waitFor(d -> !d.findElements(By.id("pack-form")).isEmpty());
    browser.await(By.cssSelector("#pack-form button[type=submit]")).click();
    browser.waitForText(By.cssSelector("[data-status]"), "shipped");
    assertThat(browser.await(By.cssSelector("#lines [data-col=shipped]")).getText()).isEqualTo("3");
    assertThat(browser.await(By.id("timeline")).getText()).contains("packed → shipped");
    browser.screenshot("order-shipped");

    browser.open("/console/stock?after=" + sku.substring(0, sku.length() - 1));
    WebElement row = browser.await(By.cssSelector("#stock tr[data-sku='" + sku + "']"));
    assertThat(row.findElement(By.cssSelector("[data-col=onHand]")).getText()).isEqualTo("7");
    assertThat(row.findElement(By.cssSelector("[data-col=shipped]")).getText()).isEqualTo("3");
    browser.screenshot("stock");
  }

  @Test
  void aShortPickEndsOnHoldForReviewAndIsResolvedFromTheConsole() {
    String sku = stock.stockedSku("CON", "A-01", 10);
    String order = "con-" + run + "-short";
    admin.post("/api/v1/orders", orderJson(order, sku, 10));
    browser.signIn(Api.OPERATOR_TOKEN);
    browser.open("/console/orders/" + order);
    browser.waitFor(d -> !d.findElements(By.id("pick-form")).isEmpty());

    WebElement picked = browser.await(By.id("picked_0"));
    picked.clear();
    picked.sendKeys("4");
    new Select(browser.await(By.id("reason_0"))).selectByValue("damaged");
    browser.await(By.cssSelector("#pick-form button[type=submit]")).click();

    browser.waitFor(d -> !d.findElements(By.id("resolve-form")).isEmpty());
    assertThat(browser.await(By.cssSelector("[data-status]")).getText()).isEqualTo("on hold");
    assertThat(browser.await(By.cssSelector("[data-strategy]")).getText())
        .isEqualTo("hold for review");
    browser.screenshot("order-on-hold");
    browser.await(By.cssSelector("#resolve-form button[value=ship]")).click();
    browser.waitFor(d -> !d.findElements(By.id("pack-form")).isEmpty());
    browser.await(By.cssSelector("#pack-form button[type=submit]")).click();
    browser.waitForText(By.cssSelector("[data-status]"), "partially shipped");
    assertThat(browser.await(By.cssSelector("#lines [data-col=shipped]")).getText()).isEqualTo("4");
  }

  @Test
  void cancellingAfterStagingPutsTheUnitsBackOnTheShelf() {
    String sku = stock.stockedSku("CON", "A-01", 10);
    String order = "con-" + run + "-cancel";
    admin.post("/api/v1/orders", orderJson(order, sku, 4));
    browser.signIn(Api.OPERATOR_TOKEN);
    browser.open("/console/orders/" + order);
    browser.waitFor(d -> !d.findElements(By.id("pick-form")).isEmpty());
    browser.await(By.cssSelector("#pick-form button[type=submit]")).click();
    browser.waitFor(d -> !d.findElements(By.id("pack-form")).isEmpty());

    browser.await(By.id("reason")).sendKeys("customer called");
    browser.await(By.cssSelector("#cancel-form button[type=submit]")).click();

    browser.waitForText(By.cssSelector("[data-status]"), "cancelled");
    browser.open("/console/stock/" + sku);
    browser.waitFor(
        d -> {
          d.navigate().refresh();
          return d.findElement(By.cssSelector("[data-total=available]")).getText().equals("10");
        });
    assertThat(browser.await(By.cssSelector("[data-total=staged]")).getText()).isEqualTo("0");
    assertThat(browser.await(By.id("ledger")).isDisplayed()).isTrue();
    assertThat(page.getPageSource()).contains("return-to-shelf");
  }

  @Test
  void aViewerSeesNoActionsAndAForgedPostIsRefusedWithoutChangingTheOrder() {
    String sku = stock.stockedSku("CON", "A-01", 10);
    String order = "con-" + run + "-viewer";
    admin.post("/api/v1/orders", orderJson(order, sku, 2));
    awaitStage(order, "picking");
    browser.signIn(Api.VIEWER_TOKEN);
    browser.open("/console/orders/" + order);

    assertThat(browser.await(By.cssSelector("[data-role]")).getText()).isEqualTo("viewer");
    assertThat(page.findElements(By.cssSelector("main form"))).isEmpty();
    assertThat(page.findElements(By.linkText("Place order"))).isEmpty();
    assertThat(page.getPageSource()).contains("may look but not act");
    browser.screenshot("order-viewer");

    ((org.openqa.selenium.JavascriptExecutor) page)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + " f.action = '/console/orders/' + arguments[0] + '/cancel';"
                + " f.appendChild(document.querySelector('input[name=_csrf]').cloneNode());"
                + " var r = document.createElement('input'); r.name = 'reason'; r.value = 'forged';"
                + " f.appendChild(r); document.body.appendChild(f); f.submit();",
            order);
    browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Not allowed"));
    assertThat(browser.await(By.cssSelector(".msg.bad")).getText()).contains("may not do this");
    browser.screenshot("forbidden");

    JsonNode view = admin.get("/api/v1/orders/" + order).body();
    assertThat(view.get("status").asText()).isEqualTo("in_progress");
    assertThat(view.get("stage").asText()).isEqualTo("picking");
    admin.post("/api/v1/orders/" + order + "/cancel", "{\"reason\":\"test over\"}");
  }

  @Test
  void aBadQuantityAndAnUnknownSkuAreShownBesideTheirFields() {
    String sku = stock.stockedSku("CON", "A-01", 10);
    browser.signIn(Api.OPERATOR_TOKEN);
    browser.open("/console/orders/new");
    browser.await(By.id("customerId")).sendKeys("C-" + run);
    browser.await(By.id("sku_0")).sendKeys(sku);
    browser.await(By.id("quantity_0")).sendKeys("0");
    browser.await(By.cssSelector("#order-form button[type=submit]")).click();

    browser.waitFor(
        d -> "true".equals(d.findElement(By.id("quantity_0")).getAttribute("aria-invalid")));
    assertThat(besideField("quantity_0")).contains("quantity must be between 1 and");

    WebElement skuField = browser.await(By.id("sku_0"));
    skuField.clear();
    skuField.sendKeys("NOPE-" + run);
    WebElement quantity = browser.await(By.id("quantity_0"));
    quantity.clear();
    quantity.sendKeys("2");
    browser.await(By.id("add-line")).click();
    browser.waitFor(d -> !d.findElements(By.id("sku_3")).isEmpty());
    browser.await(By.cssSelector("#order-form button[type=submit]")).click();

    browser.waitFor(d -> "true".equals(d.findElement(By.id("sku_0")).getAttribute("aria-invalid")));
    assertThat(besideField("sku_0")).contains("unknown sku NOPE-" + run);
    browser.screenshot("place-order-refused");

    browser.await(By.id("sku_0")).clear();
    browser.await(By.id("sku_0")).sendKeys(sku);
    browser.await(By.cssSelector("#order-form button[type=submit]")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("done=placed"));
    assertThat(browser.await(By.cssSelector(".msg.ok")).getText()).contains("Order placed");
  }

  @Test
  void anAdminCreatesReceivesAndCountsASkuAndRunsTheAudit() {
    String sku = "CON-" + run + "-NEW";
    browser.signIn(Api.ADMIN_TOKEN);
    browser.open("/console/stock");
    browser.await(By.cssSelector("details summary")).click();
    browser.await(By.id("new-sku")).sendKeys(sku);
    browser.await(By.id("new-name")).sendKeys("Console widget");
    browser.await(By.id("new-rp")).sendKeys("5");
    browser.await(By.cssSelector("details button[type=submit]")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("done=created"));

    browser.await(By.id("rcv-loc")).sendKeys("B-07");
    browser.await(By.id("rcv-qty")).sendKeys("0");
    browser.await(By.cssSelector("form[action$='/receive'] button")).click();
    assertThat(
            browser
                .await(
                    By.cssSelector(
                        "form[action$='/receive'] .msg.bad, form[action$='/receive'] .field-error"))
                .getText())
        .contains("quantity");
    browser.await(By.id("rcv-qty")).clear();
    browser.await(By.id("rcv-qty")).sendKeys("12");
    browser.await(By.cssSelector("form[action$='/receive'] button")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("done=received"));
    assertThat(browser.await(By.cssSelector("[data-total=available]")).getText()).isEqualTo("12");

    browser.await(By.id("adj-qty")).sendKeys("10");
    browser.await(By.cssSelector("form[action$='/adjust'] button")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("done=adjusted"));
    assertThat(browser.await(By.cssSelector("[data-total=available]")).getText()).isEqualTo("10");
    assertThat(page.findElements(By.cssSelector(".bar-row svg rect"))).isNotEmpty();
    browser.screenshot("sku");

    browser.open("/console/stock?lowStock=true");
    browser.screenshot("stock-low");
    browser.open("/console/audit");
    browser.await(By.id("run-audit")).click();
    browser.waitFor(d -> !d.findElements(By.id("audit-ok")).isEmpty());
    assertThat(browser.await(By.id("audit-ok")).getText()).contains("All balances hold");
    browser.screenshot("audit");
  }

  private String besideField(String id) {
    return browser
        .await(By.id(id))
        .findElement(By.xpath("following-sibling::span[contains(@class,'field-error')]"))
        .getText();
  }

  private void awaitStage(String order, String stage) {
    browser.waitFor(
        d -> stage.equals(admin.get("/api/v1/orders/" + order).body().get("stage").asText()));
  }

  private static String orderJson(String order, String sku, int quantity) {
    return Stock.json(
        "orderId",
        order,
        "customerId",
        "C-1",
        "items",
        java.util.List.of(Stock.map("sku", sku, "quantity", quantity)));
  }
}
