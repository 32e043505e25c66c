package app.holdpoint.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionRecorder;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.session.SessionEvent;

/**
 * A realistic synthetic history for demos and the scale benchmark, written through the store's own batch API
 * (same validation, hashing and chaining as the kiosk), so verify passes on it. Sessions are generated on the
 * calling thread while the writer commits the previous batch. Deterministic for a given seed.
 */
public final class DemoHistory {
    /** Sessions per transaction: large enough to amortise commits, small enough to keep memory flat. */
    public static final int BATCH = 500;
    private static final Duration SPAN = Duration.ofDays(3 * 365);

    private final SessionRecorder store;
    private final List<Protocol> protocols;
    private final DemoTherapists therapists;
    private final DemoClock clock;
    private final boolean fewEvents;

    /** @param clock the clock the store was opened with, moved to each session's end as it is sealed */
    public DemoHistory(SessionRecorder store, List<Protocol> protocols, DemoTherapists therapists, DemoClock clock) {
        if (protocols.isEmpty()) {
            throw new StoreException("demo data needs at least one valid protocol in the protocols folder");
        }
        this.store = store;
        this.protocols = List.copyOf(protocols);
        this.therapists = therapists;
        this.clock = clock;
        this.fewEvents = false;
    }

    private DemoHistory(DemoHistory full, boolean fewEvents) {
        this.store = full.store;
        this.protocols = full.protocols;
        this.therapists = full.therapists;
        this.clock = full.clock;
        this.fewEvents = fewEvents;
    }

    /**
     * Light sessions for scale runs of the session list: nine in ten are ended early (with the usual demo reasons)
     * one to three phases in, about 10 events instead of about 88; one in ten runs as usual. Still real
     * sessions, run by the engine and sealed through the store, so verify passes; the status mix is not real.
     */
    public DemoHistory withFewEvents() {
        return new DemoHistory(this, true);
    }

    /** What was written. */
    public record Written(int sessions, long events) {
    }

    /**
     * Writes {@code sessions} sessions that started over the three years before {@code end}.
     *
     * @param progress receives the number of sessions committed so far
     */
    public Written generate(int sessions, long seed, Instant end, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoTherapists.Member> staff = therapists.ensure();
        Instant first = end.minus(SPAN);
        long step = SPAN.toNanos() / Math.max(1, sessions);
        ScriptedRun runner = new ScriptedRun(random);
        CompletableFuture<Long> inFlight = CompletableFuture.completedFuture(0L);
        long events = 0;
        int done = 0;
        while (done < sessions) {
            int size = Math.min(BATCH, sessions - done);
            List<Planned> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Instant start = clinicHours(first.plusNanos(step * (done + i)), random);
                batch.add(plan(random, runner, staff, start));
            }
            events += Stores.await(inFlight);
            progress.accept(done);
            inFlight = store.batch(writes -> write(writes, batch));
            done += size;
        }
        events += Stores.await(inFlight);
        progress.accept(done);
        return new Written(done, events);
    }

    /** Moves a start into opening hours (08:00 to 18:00 UTC, Monday to Friday) on or after the same day. */
    static Instant clinicHours(Instant slot, SplittableRandom random) {
        ZonedDateTime day = slot.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusHours(8).plusSeconds(random.nextInt(10 * 3600)).toInstant();
    }

    /** One generated session, ready to write. */
    private record Planned(NewSession header, List<SessionEvent> events, Closing closing,
                           Signature signer) {
    }

    private long write(SessionRecorder.Batch writes, List<Planned> batch) {
        long events = 0;
        for (Planned planned : batch) {
            long id = writes.beginSession(planned.header());
            for (var event : planned.events()) {
                writes.append(id, event);
            }
            events += planned.events().size();
            clock.set(planned.closing().endedAt());
            if (planned.closing().status() == SessionStatus.INTERRUPTED) {
                writes.closeAsInterrupted(id, planned.closing(), Optional.of(planned.signer()));
            } else {
                writes.seal(id, planned.closing(), Optional.of(planned.signer()));
            }
        }
        return events;
    }

    private Planned plan(SplittableRandom random, ScriptedRun runner, List<DemoTherapists.Member> staff,
                         Instant start) {
        Protocol protocol = protocols.get(random.nextInt(protocols.size()));
        DemoTherapists.Member therapist = staff.get(random.nextInt(staff.size()));
        Optional<Side> side = protocol.asksSide()
                ? Optional.of(new Side[] {Side.LEFT, Side.RIGHT, Side.BOTH}[random.nextInt(3)])
                : Optional.empty();
        Map<String, Boolean> answers = new LinkedHashMap<>();
        List<NewSession.ScreeningAnswer> screening = new ArrayList<>();
        boolean overridden = false;
        for (ScreeningQuestion question : protocol.screening()) {
            // Mostly the answer that lets the session go ahead; rarely a stop answer, overridden by the lead;
            // informational questions (no stop answer) split either way, which exercises step gates.
            // An absolute stop never goes ahead, so a demo session never has one.
            boolean answer = question.stopAnswer()
                    .map(stopsOn -> random.nextInt(1000) < 5 && !question.absolute() ? stopsOn : !stopsOn)
                    .orElseGet(() -> random.nextInt(4) == 0);
            overridden |= question.stops(answer);
            answers.put(question.id(), answer);
            screening.add(new NewSession.ScreeningAnswer(question.id(), answer));
        }
        Optional<NewSession.ScreeningOverride> override = overridden
                ? Optional.of(new NewSession.ScreeningOverride(therapists.lead().signature().therapistId(),
                "reviewed with the client; benefit outweighs the risk"))
                : Optional.empty();
        int painBefore = 3 + random.nextInt(7);
        Timeline timeline = TimelineExpander.expand(protocol, side, Optional.of(answers));
        int roll = random.nextInt(100);
        ScriptedRun.Result run = fewEvents && random.nextInt(10) != 0
                ? runner.run(timeline, start, true, false, Math.min(timeline.size() - 1, 1 + random.nextInt(3)))
                : runner.run(timeline, start, roll < 3, roll >= 3 && roll < 4);
        // As the kiosk records them: the precaution lines shown, and the protocol's default choice of trigger
        // points when it had one to make.
        List<String> precautions = timeline.phases().stream().flatMap(phase -> phase.precautions().stream())
                .distinct().toList();
        Optional<NewSession.TriggerPoints> points = Optional.empty();
        if (side.isPresent() || !protocol.asksSide()) {
            TriggerPointPlan plan = TriggerPointPlan.of(protocol, side.orElse(Side.BOTH), answers);
            if (plan.needsChoice()) {
                points = Optional.of(NewSession.TriggerPoints.of(plan, plan.defaultChoice()));
            }
        }
        NewSession header = new NewSession(therapist.signature().therapistId(),
                String.format("C-%05d", random.nextInt(40_000)), side, protocol, start, OptionalInt.of(painBefore),
                screening, override, protocol.consentRequired(), precautions, points);
        SessionReport report = SessionReport.from(timeline, run.events(), SealedTotals.TOLERANCE);
        SessionStatus status = Closing.statusOf(report);
        OptionalInt painAfter = status == SessionStatus.INTERRUPTED ? OptionalInt.empty()
                : OptionalInt.of(Math.max(0, painBefore - random.nextInt(5)));
        Optional<String> note = random.nextInt(10) == 0 ? Optional.of("Client reports less stiffness.")
                : Optional.empty();
        return new Planned(header, run.events(), Closing.of(report, run.end(), painAfter, note),
                therapist.signature());
    }
}
