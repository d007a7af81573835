package com.wms.orchestrator.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wms.orchestrator}, read from the environment variables in
 * orchestrator.properties (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, WMS_INVENTORY_URL, ...).
 *
 * @param temporalInProcess the name of a Temporal server on gRPC's in-process transport in this JVM
 *     (dev mode's embedded one), used instead of {@code temporalAddress}; empty for none
 * @param temporalTlsCert PEM client certificate for mTLS, empty for none
 * @param temporalApiKey API key (Temporal Cloud); turns TLS on
 * @param inventoryOutageBudget how long one activity attempt keeps trying while the inventory
 *     service is unreachable or answers 5xx, before Temporal's retry policy takes over
 * @param pickTimeout when set, the pick timeout of every priority (as before priorities had their
 *     own)
 * @param packTimeout how long packing waits for the packed update; zero waits without end
 * @param workerEnabled false runs only the order API, polling no task queue
 */
@ConfigurationProperties("wms.orchestrator")
public record OrchestratorProperties(
    String temporalAddress,
    String temporalInProcess,
    String temporalNamespace,
    String temporalTlsCert,
    String temporalTlsKey,
    String temporalApiKey,
    String inventoryUrl,
    String inventoryToken,
    Duration inventoryOutageBudget,
    String webhookUrl,
    Duration pickTimeout,
    Duration pickTimeoutSameDay,
    Duration pickTimeoutNextDay,
    Duration pickTimeoutStandard,
    Duration packTimeout,
    double shortageThreshold,
    Duration reviewTimeout,
    String stagingLocation,
    boolean workerEnabled) {}
