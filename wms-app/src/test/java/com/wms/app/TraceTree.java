package com.wms.app;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The spans of one trace as a tree: parents, children, descendants, depth. */
final class TraceTree {
  private final Map<String, SpanData> byId = new LinkedHashMap<>();

  TraceTree(List<SpanData> spans, String traceId) {
    for (SpanData s : spans) {
      if (s.getTraceId().equals(traceId)) {
        byId.put(s.getSpanId(), s);
      }
    }
  }

  List<SpanData> spans() {
    return List.copyOf(byId.values());
  }

  List<SpanData> roots() {
    return byId.values().stream().filter(s -> !s.getParentSpanContext().isValid()).toList();
  }

  /** Spans whose parent is not in the trace (they would hang loose in a trace viewer). */
  List<SpanData> orphans() {
    return byId.values().stream()
        .filter(s -> s.getParentSpanContext().isValid())
        .filter(s -> !byId.containsKey(s.getParentSpanId()))
        .toList();
  }

  SpanData parent(SpanData span) {
    return byId.get(span.getParentSpanId());
  }

  List<SpanData> children(SpanData span) {
    return byId.values().stream()
        .filter(s -> s.getParentSpanId().equals(span.getSpanId()))
        .toList();
  }

  List<SpanData> descendants(SpanData span) {
    List<SpanData> all = new ArrayList<>();
    for (SpanData child : children(span)) {
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }

  boolean isAncestor(SpanData ancestor, SpanData span) {
    for (SpanData p = parent(span); p != null; p = parent(p)) {
      if (p.getSpanId().equals(ancestor.getSpanId())) {
        return true;
      }
    }
    return false;
  }

  /** Levels from the root: the root is 1. */
  int depth() {
    int max = 0;
    for (SpanData s : byId.values()) {
      int d = 1;
      for (SpanData p = parent(s); p != null; p = parent(p)) {
        d++;
      }
      max = Math.max(max, d);
    }
    return max;
  }

  List<SpanData> named(String prefix) {
    return find(s -> s.getName().startsWith(prefix));
  }

  List<SpanData> find(Predicate<SpanData> test) {
    return byId.values().stream().filter(test).toList();
  }

  static String attribute(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  static Predicate<SpanData> server(String method, String uriPrefix) {
    return s ->
        s.getKind() == SpanKind.SERVER
            && method.equals(attribute(s, "method"))
            && attribute(s, "uri") != null
            && attribute(s, "uri").startsWith(uriPrefix);
  }
}
