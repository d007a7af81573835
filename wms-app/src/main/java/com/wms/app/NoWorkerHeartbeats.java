package com.wms.app;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;

/**
 * Makes the Temporal test server tell the truth about worker heartbeats. It advertises the
 * capability in DescribeNamespace but answers RecordWorkerHeartbeat with UNIMPLEMENTED, so every
 * worker that connects logs "Server does not support worker heartbeats ..., disabling" as a
 * warning, the first thing a newcomer would see. Without the capability the SDK never sends them.
 */
final class NoWorkerHeartbeats implements ServerInterceptor {
  private static final String DESCRIBE_NAMESPACE =
      WorkflowServiceGrpc.getDescribeNamespaceMethod().getFullMethodName();

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (!DESCRIBE_NAMESPACE.equals(call.getMethodDescriptor().getFullMethodName())) {
      return next.startCall(call, headers);
    }
    return next.startCall(
        new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
          @Override
          public void sendMessage(R message) {
            super.sendMessage(withoutHeartbeats(message));
          }
        },
        headers);
  }

  @SuppressWarnings("unchecked") // R is DescribeNamespaceResponse for this method
  private static <R> R withoutHeartbeats(R message) {
    if (!(message instanceof DescribeNamespaceResponse response)) {
      return message;
    }
    DescribeNamespaceResponse.Builder b = response.toBuilder();
    b.getNamespaceInfoBuilder().getCapabilitiesBuilder().setWorkerHeartbeats(false);
    return (R) b.build();
  }
}
