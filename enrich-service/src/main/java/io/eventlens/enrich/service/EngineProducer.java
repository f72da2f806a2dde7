package io.eventlens.enrich.service;

import io.eventlens.extraction.ExtractionEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** The extraction engine is created once at startup (it loads its models) and shared by all threads. */
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    ExtractionEngine engine() {
        long start = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.standard();
        LOG.infof("extraction engine %s loaded in %d ms", ExtractionEngine.version(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }
}
