package com.wms.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests before any servlet sees them (an invalid percent-encoding in the
 * path, say) and renders them with its ErrorReportValve as HTML. This replaces that valve with one
 * that answers problem+json, so no refusal of the API is ever HTML. It runs after Spring Boot's own
 * customizer, which installs the plain valve.
 */
final class TomcatProblemReports
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            // The host adds a valve of this class on start unless one is there already.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.getPipeline().addValve(new ProblemReportValve());
          }
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Renders an error nobody rendered yet as problem+json; public for Tomcat's reflection. */
  public static final class ProblemReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int value = response.getStatus();
      if (value < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(true);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(value);
      if (status == null) {
        status = value >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
      }
      String detail =
          status.is5xxServerError()
              ? "internal error"
              : "the request was refused: " + status.getReasonPhrase();
      try {
        SecurityHeaders.apply(response, SecurityHeaders.DEFAULT_POLICY, request.isSecure());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(
              ProblemResponses.json(null, status, ProblemCodes.forStatus(status.value()), detail));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response was taken; there is nobody to tell.
      }
    }
  }
}
