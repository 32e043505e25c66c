package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Timeline;
import app.holdpoint.session.EventSink;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;

/**
 * A headless session (simulate) recorded through the store: it holds the kiosk lock like any session runner,
 * begins the record, is the engine's {@link EventSink} ({@code append} returns only once the event is
 * committed, so a line printed after it is on disk), and seals the record at the end, unsigned, noted as
 * simulated. Screening is not asked and consent not given in a simulation; the record says so.
 */
final class RecordedSession implements EventSink, AutoCloseable {
    private final Stores.Opened opened;
    private final long id;
    private final Clock clock;
    /** The wall time of the last event recorded, or null before the first. */
    private Instant lastWall;

    private RecordedSession(Stores.Opened opened, long id, Clock clock) {
        this.opened = opened;
        this.id = id;
        this.clock = clock;
    }

    static RecordedSession begin(Locations settings, String therapistName, String client, Timeline timeline,
                                 OptionalInt painBefore, Clock clock, PrintWriter err) {
        return begin(settings, therapistName, client, timeline, painBefore, clock, err, CliText.ENGLISH);
    }

    /** As above, with the notes and refusals in the language of {@code words}. */
    static RecordedSession begin(Locations settings, String therapistName, String client, Timeline timeline,
                                 OptionalInt painBefore, Clock clock, PrintWriter err, CliText words) {
        Stores.Opened opened = Stores.forKiosk(settings.dataDirectory(), settings.jdbcUrl(), settings.login(),
                StoreConfig.forThisMachine("simulate").withClock(clock));
        try {
            if (opened.recovered() > 0) {
                err.println(words.get("store.recovered", String.valueOf(opened.recovered())));
            }
            Therapist therapist = opened.store().therapist(therapistName).orElseThrow(() -> new UserError(
                    words.get("therapist.unknownAdd", therapistName)));
            checkCredential(therapist, timeline, LocalDate.ofInstant(clock.instant(), clock.getZone()), words);
            long id = Stores.await(opened.store().beginSession(new NewSession(therapist.id(), client,
                    timeline.chosenSide(), timeline.protocol(), clock.instant(), painBefore, List.of(),
                    Optional.empty(), false)));
            return new RecordedSession(opened, id, clock);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Says why a needling protocol is refused to this therapist and how an administrator fixes it. */
    static void checkCredential(Therapist therapist, Timeline timeline, LocalDate day, CliText words) {
        if (!timeline.protocol().hasNeedling() || therapist.mayNeedleOn(day)) {
            return;
        }
        String why = therapist.dryNeedling()
                .map(credential -> words.get("needling.expired", credential.expires().orElseThrow().toString()))
                .orElseGet(() -> words.get("needling.none"));
        throw new UserError(words.get("needling.refused", timeline.protocol().id(), why,
                TherapistCommand.shellWord(therapist.name())));
    }

    long id() {
        return id;
    }

    @Override
    public void append(SessionEvent event) {
        Stores.await(opened.store().append(id, event));
        lastWall = event.wallTime();
    }

    /**
     * When the session ended: its last event's wall time (the start plus the session's own time), so a step of the
     * machine's clock during the run cannot make it end before it started; the clock when nothing was recorded.
     */
    private Instant end() {
        return lastWall != null ? lastWall : clock.instant();
    }

    /** Seals with the report's totals: completed or ended early; a run that stopped otherwise is interrupted. */
    SessionRecord seal(SessionReport report, OptionalInt painAfter) {
        if (Closing.statusOf(report) == SessionStatus.INTERRUPTED) {
            return Stores.await(opened.store().closeAsInterrupted(id, Closing.of(report, end(), OptionalInt.empty(),
                    Optional.of("simulation stopped")), Optional.empty()));
        }
        return Stores.await(opened.store().seal(id, Closing.of(report, end(), painAfter,
                Optional.of("simulated (headless, unsigned)")), Optional.empty()));
    }

    @Override
    public void close() {
        opened.close();
    }
}
