package app.holdpoint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import app.holdpoint.store.StoreException;
import app.holdpoint.ui.Text;

/**
 * The one hand-off between background work and the Event Dispatch Thread. Work runs when the test says (a manual
 * executor), and the test waits for the EDT by queueing behind the answers: no sleeps, no real time.
 */
class BackgroundTest {

    /** Holds the work until {@link #runAll}; runs it on the test thread, never the EDT. */
    private static final class ManualExecutor implements Executor {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable work) {
            queued.add(work);
        }

        void runAll() {
            Runnable next;
            while ((next = poll()) != null) {
                next.run();
            }
        }

        private synchronized Runnable poll() {
            return queued.poll();
        }
    }

    private static final Text ENGLISH = new Text(java.util.Locale.ENGLISH);
    private final ManualExecutor worker = new ManualExecutor();

    private static void onEdt(Runnable action) throws Exception {
        EventQueue.invokeAndWait(action);
    }

    /** Everything the answers queued on the EDT has run once this returns. */
    private static void drainEdt() throws Exception {
        EventQueue.invokeAndWait(() -> { });
    }

    @Test
    void workRunsOffTheEdtAndItsAnswerArrivesOnIt() throws Exception {
        List<Boolean> workOnEdt = new ArrayList<>();
        List<Boolean> answerOnEdt = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        onEdt(() -> Background.on(worker).supply(() -> {
            workOnEdt.add(EventQueue.isDispatchThread());
            return "read";
        }).onSuccess(answer -> {
            answerOnEdt.add(EventQueue.isDispatchThread());
            answers.add(answer);
        }).start());
        assertThat(answers).as("nothing before the work ran").isEmpty();

        worker.runAll();
        drainEdt();

        assertThat(workOnEdt).containsExactly(false);
        assertThat(answerOnEdt).containsExactly(true);
        assertThat(answers).containsExactly("read");
    }

    @Test
    void aFailureArrivesOnTheEdtInWords() throws Exception {
        List<Boolean> onEdt = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Background.on(worker).supply(() -> {
            throw new StoreException("the record folder is read-only");
        }).onSuccess(answer -> reasons.add("success?")).onFailure(ENGLISH, reason -> {
            onEdt.add(EventQueue.isDispatchThread());
            reasons.add(reason);
        }).start();

        worker.runAll();
        drainEdt();

        assertThat(onEdt).containsExactly(true);
        assertThat(reasons).containsExactly("the record folder is read-only");
    }

    @Test
    void aFailureThatIsNoStoreProblemIsSaidInGeneralWordsNeverByItsType() throws Exception {
        List<String> reasons = new ArrayList<>();
        Background.on(worker).supply(() -> {
            throw new IllegalStateException();
        }).onFailure(ENGLISH, reasons::add).start();
        Background.await(CompletableFuture.failedFuture(new CompletionException(new NullPointerException())))
                .onFailure(ENGLISH, reasons::add).start();
        Background.await(CompletableFuture.failedFuture(new RuntimeException("  "))).onFailure(ENGLISH, reasons::add)
                .start();

        worker.runAll();
        drainEdt();

        assertThat(reasons).containsOnly(ENGLISH.get("failure.unexpected")).hasSize(3);
    }

    @Test
    void onlyTheLatestAnswerIsShownWhenAnOlderOneArrivesLate() throws Exception {
        Background.Latest latest = new Background.Latest();
        CompletableFuture<String> older = new CompletableFuture<>();
        CompletableFuture<String> newer = new CompletableFuture<>();
        List<String> shown = new ArrayList<>();
        onEdt(() -> {
            Background.await(older).latestOnly(latest).onSuccess(shown::add).onFailure(ENGLISH, shown::add).start();
            Background.await(newer).latestOnly(latest).onSuccess(shown::add).onFailure(ENGLISH, shown::add).start();
        });

        newer.complete("filter B");
        older.complete("filter A");
        drainEdt();

        assertThat(shown).containsExactly("filter B");
    }

    @Test
    void aStaleFailureIsDroppedToo() throws Exception {
        Background.Latest latest = new Background.Latest();
        CompletableFuture<String> older = new CompletableFuture<>();
        List<String> shown = new ArrayList<>();
        Background.await(older).latestOnly(latest).onSuccess(shown::add).onFailure(ENGLISH, shown::add).start();
        latest.supersede();

        older.completeExceptionally(new IllegalStateException("gone"));
        drainEdt();

        assertThat(shown).isEmpty();
    }

    @Test
    void overtakenWorkThatHasNotBegunNeverRuns() throws Exception {
        Background.Latest latest = new Background.Latest();
        AtomicInteger ran = new AtomicInteger();
        List<Integer> shown = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int page = i;
            Background.on(worker).supply(() -> {
                ran.incrementAndGet();
                return page;
            }).latestOnly(latest).onSuccess(shown::add).onFailure(ENGLISH, reason -> shown.add(-1)).start();
        }

        worker.runAll();
        drainEdt();

        assertThat(ran).hasValue(1);
        assertThat(shown).containsExactly(3);
    }

    @Test
    void anAnswerNoLongerWantedIsDroppedButCleanedUpAfter() throws Exception {
        CompletableFuture<String> check = new CompletableFuture<>();
        boolean[] stillAsking = {true};
        List<String> events = new ArrayList<>();
        Background.await(check).whenDone(() -> events.add("wiped")).stillWanted(() -> stillAsking[0])
                .onSuccess(events::add).start();

        stillAsking[0] = false;
        check.complete("accepted");
        drainEdt();

        assertThat(events).containsExactly("wiped");
    }

    @Test
    void aWriteAfterAReadGivesItsAnswerToTheCallbacks() throws Exception {
        CompletableFuture<String> write = new CompletableFuture<>();
        List<String> shown = new ArrayList<>();
        Background.on(worker).supply(() -> 7).then(id -> write.thenApply(done -> done + " " + id))
                .onSuccess(shown::add).start();

        worker.runAll();
        write.complete("written");
        drainEdt();

        assertThat(shown).containsExactly("written 7");
    }

    @Test
    void workStartedOnTheEdtFailsTheAssertion() throws Exception {
        // Surefire runs with assertions on (-ea); this is what catches a direct executor on the EDT.
        List<String> reasons = new ArrayList<>();
        onEdt(() -> Background.on(Runnable::run).supply(() -> "read on the EDT").onSuccess(reasons::add)
                .onFailureCause(cause -> reasons.add(cause.getMessage())).start());
        drainEdt();

        assertThat(reasons).singleElement().asString().contains("Event Dispatch Thread");
    }
}
