package io.eventlens.enrich.service;

import io.eventlens.extraction.DocumentInput;
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
        warmUp(engine);
        return engine;
    }

    /** A short bulletin of our own, read a few times at start-up. */
    private static final String WARM_UP_TEXT = """
            Harbour Circle Newsletter

            Mending Nets: A Morning with the Net Makers
            Saturday 5 April 2025, 09:00-12:00, Quay Hall, Averin

            Organised by the Averin Harbour Council (AHC) with the Institute for Tidal Studies.
            Dr. Lena Morrow, Director of the Institute for Tidal Studies, opened the morning.
            Moderator: Mr. Tomas Heller, Editor, Coastal Review.
            """;

    /**
     * Runs the engine over a short document so that the first document from Kafka does not pay for
     * class loading and the first, unoptimised runs of every annotator (about a second otherwise).
     */
    private static void warmUp(ExtractionEngine engine) {
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            engine.extract(DocumentInput.of("warm-up.txt", WARM_UP_TEXT));
        }
        LOG.infof("extraction engine warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
    }
}
