package com.wms.events.feed;

import com.wms.events.EventsProperties;
import com.wms.security.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/events?after=&limit=&wait=}: published events (CloudEvents JSON) in
 * publication order after the cursor {@code after}, and {@code next}, the cursor to ask with next
 * time. With {@code wait} (seconds) and nothing new, the request waits up to that long for new
 * events (long poll).
 */
@RestController
@Tag(name = "events", description = "Published stock and order events (CloudEvents), in order")
class EventFeedController {
  private final EventFeed feed;
  private final FeedWatcher watcher;
  private final EventsProperties properties;

  EventFeedController(EventFeed feed, FeedWatcher watcher, EventsProperties properties) {
    this.feed = feed;
    this.watcher = watcher;
    this.properties = properties;
  }

  @Operation(
      operationId = "listEvents",
      summary = "Events after a cursor in publication order; waits up to wait seconds for new ones")
  @ApiResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = EventPage.class)))
  @Refusal(status = 410, codes = "CURSOR_EXPIRED")
  @GetMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> events(
      @Parameter(description = "the cursor: 0, or the next of the last answer")
          @RequestParam(defaultValue = "0")
          long after,
      @Parameter(description = "at most this many events, 1 to 1000")
          @RequestParam(defaultValue = "100")
          int limit,
      @Parameter(description = "seconds to wait for new events when there are none, 0 to 30")
          @RequestParam(defaultValue = "0")
          int wait)
      throws InterruptedException {
    long maxWait = properties.feedMaxWait().toSeconds();
    if (after < 0) {
      throw invalid("after must be 0 or a cursor the feed answered");
    }
    if (limit < 1 || limit > properties.feedPageLimit()) {
      throw invalid("limit must be between 1 and " + properties.feedPageLimit());
    }
    if (wait < 0 || wait > maxWait) {
      throw invalid("wait must be between 0 and " + maxWait + " seconds");
    }
    EventFeed.Page page = feed.page(after, limit);
    if (page.events().isEmpty() && wait > 0) {
      watcher.awaitBeyond(after, Duration.ofSeconds(wait));
      page = feed.page(after, limit);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page.json());
  }

  private static FeedException invalid(String message) {
    return new FeedException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message);
  }
}
