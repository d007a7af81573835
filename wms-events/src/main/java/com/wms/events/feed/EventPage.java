package com.wms.events.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of a feed page, for the OpenAPI document (the controller writes the stored JSON of the
 * events as it is). Each event's full schema, per type, is in docs/asyncapi.yaml.
 */
@Schema(description = "Published events in publication order and the cursor to ask with next")
record EventPage(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Event> events,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "the cursor after the last event: the next call's after")
        long next) {

  /** A CloudEvent 1.0 in the JSON event format. */
  @Schema(description = "A CloudEvent 1.0 (JSON event format); see docs/asyncapi.yaml")
  record Event(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String specversion,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String source,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String subject,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String time,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String datacontenttype,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "place in the publication order, a decimal number")
          String sequence,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              type = "object",
              description = "the event's data, per type in docs/asyncapi.yaml")
          Object data) {}
}
