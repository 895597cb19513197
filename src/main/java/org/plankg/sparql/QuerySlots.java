package org.plankg.sparql;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.plankg.store.StoreProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Researchers' queries run on a few threads of their own, so that memory and the store's load stay
 * bounded: a few run, more wait in line, and one more is refused ({@link TooManyQueriesException}, 429). A
 * request that runs out of time aborts its query, and so does one whose client hangs up: the
 * container reports that only when a read or write fails, so each running query's connection is
 * asked every {@value #WATCH_MILLIS} ms ({@link ClientConnection}).
 */
@Component
class QuerySlots implements DisposableBean {

    static final long WATCH_MILLIS = 200;

    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "sparql-clients");
        thread.setDaemon(true);
        return thread;
    });

    QuerySlots(StoreProperties properties) {
        int slots = properties.sparql().concurrentQueries();
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.sparql().waitingQueries()), work -> {
            Thread thread = new Thread(work, "sparql-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code work} for a client on {@code connection}; the work hands its abort action to the
     * consumer it is given before it starts.
     */
    <T> DeferredResult<T> run(Duration limit, ClientConnection connection, Function<Consumer<Runnable>, T> work) {
        DeferredResult<T> result = new DeferredResult<>(limit.toMillis() + 5_000);
        AtomicBoolean gone = new AtomicBoolean();
        AtomicReference<Runnable> abort = new AtomicReference<>(() -> { });
        AtomicReference<Future<?>> running = new AtomicReference<>();
        Runnable cancel = () -> {
            gone.set(true);
            abort.get().run();
            Future<?> queued = running.get();
            if (queued != null) queued.cancel(false);
        };
        Consumer<Runnable> onStart = action -> {
            abort.set(action);
            if (gone.get()) action.run();
        };
        Watch watch = new Watch(connection, cancel);
        try {
            running.set(executor.submit(() -> {
                if (gone.get()) return;
                try {
                    T answer = work.apply(onStart);
                    watch.stop();
                    result.setResult(answer);
                } catch (RuntimeException e) {
                    watch.stop();
                    result.setErrorResult(e);
                }
            }));
        } catch (RejectedExecutionException e) {
            watch.stop();
            throw new TooManyQueriesException(executor.getMaximumPoolSize(), executor.getQueue().size());
        }
        result.onError(error -> cancel.run());
        result.onTimeout(cancel);
        result.onCompletion(watch::stop);
        return result;
    }

    /**
     * Asks a client's connection, while its query waits or runs, whether the client hung up, and
     * cancels the query if so. Stopped before the answer is written, so that it never reads the
     * socket while Tomcat writes to it.
     */
    private final class Watch {
        private final ClientConnection connection;
        private final Runnable cancel;
        private final ScheduledFuture<?> task;
        private boolean stopped;

        Watch(ClientConnection connection, Runnable cancel) {
            this.connection = connection;
            this.cancel = cancel;
            this.task = connection.watchable()
                    ? watcher.scheduleWithFixedDelay(this::check, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS) : null;
        }

        private synchronized void check() {
            if (stopped || !connection.closed()) return;
            stopped = true;
            cancel.run();
        }

        synchronized void stop() {
            stopped = true;
            if (task != null) task.cancel(false);
        }
    }

    /** Queries running now. */
    int running() {
        return executor.getActiveCount();
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
        executor.shutdownNow();
    }
}
