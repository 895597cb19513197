package org.plankg.question;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.plankg.load.PlanSync;
import org.plankg.load.SyncListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Warm after write: once a sync has changed the store, what the page opens with is asked again,
 * so that no visitor waits for it. After the start-up sync this runs before the web server opens
 * (the service reports healthy once its first answers are ready); after later syncs it runs in
 * the background, one round at a time, a round asked for while one runs coming after it.
 */
@Component
class Warming implements SyncListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Warming.class);

    private final ObjectProvider<PageOpening> openings;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "plankg-warming");
        thread.setDaemon(true);
        return thread;
    });
    /** Whether a round is waiting to start: later requests for one join it. */
    private final AtomicBoolean waiting = new AtomicBoolean();

    Warming(ObjectProvider<PageOpening> openings) {
        this.openings = openings;
    }

    @Override
    public void synced(PlanSync.Report report, boolean first) {
        if (first) {
            warm();
        } else if (waiting.compareAndSet(false, true)) {
            background.execute(() -> {
                waiting.set(false);
                warm();
            });
        }
    }

    private void warm() {
        long start = System.nanoTime();
        List<PageOpening> all = openings.orderedStream().toList();
        for (PageOpening opening : all) {
            long began = System.nanoTime();
            try {
                opening.open();
                long took = (System.nanoTime() - began) / 1_000_000;
                // the slow ones are where a first load's time goes, past the writing
                if (took >= 1_000) log.info("{} prepared in {} ms", opening.getClass().getSimpleName(), took);
            } catch (RuntimeException e) {
                // a visitor asking will see the error itself; the other answers are still worth keeping
                log.warn("could not prepare {}: {}", opening.getClass().getSimpleName(), e.toString());
            }
        }
        log.info("first answers prepared in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
