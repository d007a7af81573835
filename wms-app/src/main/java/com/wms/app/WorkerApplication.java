package com.wms.app;

import com.wms.console.ConsoleConfiguration;
import com.wms.orchestrator.worker.OrchestratorConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring application of {@code wms worker}: the orchestrator and the operator console, without
 * the inventory service.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({OrchestratorConfiguration.class, ConsoleConfiguration.class})
class WorkerApplication {}
