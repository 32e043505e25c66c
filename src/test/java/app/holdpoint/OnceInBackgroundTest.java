package app.holdpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class OnceInBackgroundTest {
    @Test
    void theWorkRunsOnceOnItsOwnThreadHoweverOftenItIsStartedOrAskedFor() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        OnceInBackground<String> library = new OnceInBackground<>("test-library", () -> {
            runs.incrementAndGet();
            thread.set(Thread.currentThread().getName());
            awaitQuietly(release);
            return "read";
        });

        library.start();
        library.start();
        release.countDown();

        assertThat(library.get()).isEqualTo("read");
        assertThat(library.get()).isEqualTo("read");
        assertThat(runs).hasValue(1);
        assertThat(thread).hasValue("test-library");
    }

    @Test
    void askingBeforeAnyStartBeginsTheWork() {
        OnceInBackground<Integer> library = new OnceInBackground<>("test-library", () -> 42);

        assertThat(library.get()).isEqualTo(42);
    }

    @Test
    void aFailureReachesEveryCallerAsThrown() {
        OnceInBackground<String> library = new OnceInBackground<>("test-library", () -> {
            throw new IllegalStateException("protocols folder unreadable");
        });
        library.start();

        assertThatThrownBy(library::get).isInstanceOf(IllegalStateException.class)
                .hasMessage("protocols folder unreadable");
        assertThatThrownBy(library::get).isInstanceOf(IllegalStateException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
