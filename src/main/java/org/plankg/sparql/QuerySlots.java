package org.plankg.sparql;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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
 * request that runs out of time aborts its query, and so does one the container reports gone; but
 * Tomcat does not notice a client that hangs up while the query runs (no read or write is pending),
 * so such a query still holds its slot until the time limit.
 */
@Component
class QuerySlots implements DisposableBean {

    private final ThreadPoolExecutor executor;

    QuerySlots(StoreProperties properties) {
        int slots = properties.sparql().concurrentQueries();
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.sparql().waitingQueries()), work -> {
            Thread thread = new Thread(work, "sparql-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code work}, which hands its abort action to the consumer it is given before it starts. */
    <T> DeferredResult<T> run(Duration limit, Function<Consumer<Runnable>, T> work) {
        DeferredResult<T> result = new DeferredResult<>(limit.toMillis() + 5_000);
        AtomicBoolean gone = new AtomicBoolean();
        AtomicReference<Runnable> abort = new AtomicReference<>(() -> { });
        Consumer<Runnable> onStart = action -> {
            abort.set(action);
            if (gone.get()) action.run();
        };
        Future<?> running;
        try {
            running = executor.submit(() -> {
                if (gone.get()) return;
                try {
                    result.setResult(work.apply(onStart));
                } catch (RuntimeException e) {
                    result.setErrorResult(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new TooManyQueriesException(executor.getMaximumPoolSize(), executor.getQueue().size());
        }
        Runnable cancel = () -> {
            gone.set(true);
            abort.get().run();
            running.cancel(false);
        };
        result.onError(error -> cancel.run());
        result.onTimeout(cancel);
        return result;
    }

    /** Queries running now. */
    int running() {
        return executor.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
