package app.holdpoint.ui.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import app.holdpoint.domain.ClientReference;
import app.holdpoint.domain.PainScore;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.StopKind;
import app.holdpoint.store.Therapist;

/**
 * What the therapist settles before a session starts: client reference, side, screening answers (some carried
 * over from the client's last session), the trigger points to treat, consent and pain before. Knows what is still
 * missing, whether an answer stops the session and whether that stop may be overridden. No Swing, so the rules
 * are tested without a screen. Not thread-safe: the screen calls it on the Event Dispatch Thread.
 *
 * <p>The rules:
 * <ul>
 *   <li>A protocol with needling needs a therapist whose dry-needling credential is valid today
 *       ({@link Missing#DRY_NEEDLING_CREDENTIAL}).</li>
 *   <li>An absolute stop answer ({@code override: never}) blocks the start for everyone
 *       ({@link Missing#ABSOLUTE_STOP}); a relative one ({@link Missing#STOPPING_ANSWER}) until an enabled
 *       administrator {@linkplain #override overrides} it with a reason of real length.</li>
 *   <li>Carry-over: {@link #offerCarryOver} pre-fills the history answers of the client's last session (never a
 *       stop answer, never a today question); they count as unanswered until {@link #confirmCarriedOver()}
 *       accepts them all at once. Answering one of them again makes it today's answer.</li>
 *   <li>Trigger points: {@link #choice()} is the therapist's {@linkplain #choose choice} or the protocol's default
 *       (never more than its cap); {@link #timeline()} and {@link #newSession} follow it.</li>
 * </ul>
 */
public final class SessionPreparation {
    /** The form of a new client reference: {@link ClientReference#FORM}. */
    public static final Pattern CLIENT_REFERENCE = ClientReference.FORM;

    /**
     * An administrator's recorded decision to start despite relative stop answers.
     *
     * @param administratorId the administrator's therapist id, for the record
     */
    public record Override(long administratorId, String administrator, String reason) {
    }

    /** What must still be done before the start, in the order the screen asks. */
    public enum Missing {
        /** The protocol has needling; the therapist has no valid dry-needling credential. Nothing at the table fixes it. */
        DRY_NEEDLING_CREDENTIAL,
        CLIENT_REFERENCE,
        SIDE,
        /** A question is unanswered, or carried-over answers wait for confirmation. */
        SCREENING,
        /** An answer stops the session and nobody may override it. */
        ABSOLUTE_STOP,
        /** An answer stops the session until an administrator overrides it. */
        STOPPING_ANSWER,
        /** The chosen trigger points exceed the protocol's cap (answers changed the plan since the choice). */
        TRIGGER_POINTS,
        CONSENT,
        PAIN_BEFORE
    }

    private final Protocol protocol;
    private final Therapist therapist;
    private final boolean mayNeedle;
    private String clientReference = "";
    private Side side;
    /** Today's answers and confirmed carried-over ones. */
    private final Map<String, Boolean> answers = new LinkedHashMap<>();
    /** Question id → session it was carried over from, for confirmed carried-over answers. */
    private final Map<String, Long> carriedFrom = new LinkedHashMap<>();
    /** The offer not yet confirmed: only the answers that may be carried over. */
    private PriorScreening offer;
    private boolean offerConfirmed;
    private TriggerPointChoice chosen;
    private boolean consent;
    private OptionalInt painBefore = OptionalInt.empty();
    private Override override;

    /**
     * @param therapist who runs the session (signed in)
     * @param today     the day the session starts, for the credential's expiry
     */
    public SessionPreparation(Protocol protocol, Therapist therapist, LocalDate today) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.therapist = Objects.requireNonNull(therapist, "therapist");
        this.mayNeedle = mayRun(protocol, therapist, today);
    }

    /**
     * True when {@code therapist} may run {@code protocol} on {@code day} as far as credentials go: a protocol with
     * needling needs a valid dry-needling credential. For the picker, to hide or mark what they cannot start.
     */
    public static boolean mayRun(Protocol protocol, Therapist therapist, LocalDate day) {
        return !protocol.hasNeedling() || therapist.mayNeedleOn(day);
    }

    public Protocol protocol() {
        return protocol;
    }

    public void clientReference(String reference) {
        clientReference = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
    }

    public String clientReference() {
        return clientReference;
    }

    /** Choosing another side forgets the trigger-point choice (the points differ). */
    public void side(Side chosenSide) {
        if (chosenSide == Side.ASK) {
            throw new IllegalArgumentException("choose left, right or both");
        }
        if (chosenSide != side) {
            chosen = null;
        }
        side = chosenSide;
    }

    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    // Screening

    /** Today's answer; it replaces a carried-over one. Withdrawing the last relative stop drops the override. */
    public void answer(String questionId, boolean yes) {
        answers.put(questionId, yes);
        carriedFrom.remove(questionId);
        if (relativeStops().isEmpty()) {
            override = null;
        }
    }

    /** The answers given so far (today's and confirmed carried-over ones), by question id. */
    public Map<String, Boolean> answers() {
        return Map.copyOf(answers);
    }

    /**
     * Offers the client's last screening ({@code SessionStore.lastScreening}) for carry-over: its answers to this
     * protocol's history questions that are not stop answers and not answered here yet. Replaces an earlier offer
     * and forgets answers carried from it.
     */
    public void offerCarryOver(PriorScreening prior) {
        clearCarryOver();
        Map<String, Boolean> carried = new LinkedHashMap<>();
        for (ScreeningQuestion q : protocol.screening()) {
            Boolean before = prior.answers().get(q.id());
            if (before != null && q.asked() == ScreeningQuestion.Asked.HISTORY && !q.stops(before)
                    && !answers.containsKey(q.id())) {
                carried.put(q.id(), before);
            }
        }
        if (!carried.isEmpty()) {
            offer = new PriorScreening(prior.sessionId(), prior.startedAt(), carried);
        }
    }

    /** Withdraws the offer (another client reference) and the answers carried over from it. */
    public void clearCarryOver() {
        carriedFrom.keySet().forEach(answers::remove);
        carriedFrom.clear();
        offer = null;
        offerConfirmed = false;
    }

    /**
     * The answers offered for carry-over and the session they come from ("Any change since 12 Nov?"), until
     * confirmed; empty when nothing is offered. Answers the therapist has changed since are left out.
     */
    public Optional<PriorScreening> carryOverOffer() {
        if (offer == null || offerConfirmed) {
            return Optional.empty();
        }
        Map<String, Boolean> open = new LinkedHashMap<>(offer.answers());
        open.keySet().removeAll(answers.keySet());
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new PriorScreening(offer.sessionId(), offer.startedAt(), open));
    }

    /** "No change": every offered answer not changed today is accepted as carried over, in one step. */
    public void confirmCarriedOver() {
        Optional<PriorScreening> open = carryOverOffer();
        if (open.isEmpty()) {
            throw new IllegalStateException("no carried-over answers wait for confirmation");
        }
        open.get().answers().forEach((id, yes) -> {
            answers.put(id, yes);
            carriedFrom.put(id, open.get().sessionId());
        });
        offerConfirmed = true;
    }

    /** The session a confirmed answer was carried over from; empty for today's answers. */
    public OptionalLong carriedFrom(String questionId) {
        Long session = carriedFrom.get(questionId);
        return session == null ? OptionalLong.empty() : OptionalLong.of(session);
    }

    /** The questions without an answer yet (offered carried-over answers count until confirmed). */
    public List<ScreeningQuestion> unanswered() {
        return protocol.screening().stream().filter(q -> !answers.containsKey(q.id())).toList();
    }

    // Stops and overrides

    /** The questions whose answer stops the session, absolute or relative. */
    public List<ScreeningQuestion> stoppingQuestions() {
        return protocol.screening().stream()
                .filter(q -> answers.containsKey(q.id()) && q.stops(answers.get(q.id())))
                .toList();
    }

    /** The stopping questions nobody may override. */
    public List<ScreeningQuestion> absoluteStops() {
        return stoppingQuestions().stream().filter(ScreeningQuestion::absolute).toList();
    }

    /** True when the only stops are relative ones, so an administrator's override could lift them. */
    public boolean canOverride() {
        return absoluteStops().isEmpty() && !relativeStops().isEmpty();
    }

    /**
     * Records an enabled administrator's override of the relative stop answers.
     *
     * @throws IllegalStateException    when there is no stop to override, or an absolute one
     * @throws IllegalArgumentException when {@code administrator} is not an enabled administrator, or the reason
     *                                  is shorter than {@value NewSession.ScreeningOverride#MIN_REASON_LENGTH}
     *                                  characters or one word repeated ({@link #reasonProblem})
     */
    public void override(Therapist administrator, String reason) {
        if (!absoluteStops().isEmpty()) {
            throw new IllegalStateException("an absolute stop cannot be overridden by anyone");
        }
        if (relativeStops().isEmpty()) {
            throw new IllegalStateException("no stop answer to override");
        }
        if (!administrator.isAdmin() || administrator.disabled()) {
            throw new IllegalArgumentException("only an enabled administrator may override a stop answer");
        }
        Optional<String> problem = reasonProblem(reason);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        override = new Override(administrator.id(), administrator.name(), reason.strip());
    }

    /** Why {@code reason} cannot justify an override (too short, one word repeated), or empty when it can. */
    public static Optional<String> reasonProblem(String reason) {
        return NewSession.ScreeningOverride.reasonProblem(reason);
    }

    public Optional<Override> override() {
        return Optional.ofNullable(override);
    }

    // Trigger points

    /**
     * The trigger points for the chosen side and today's answers, against the protocol's cap; empty while the
     * protocol still waits for a side.
     */
    public Optional<TriggerPointPlan> plan() {
        if (protocol.asksSide() && side == null) {
            return Optional.empty();
        }
        // A protocol that never asks has every target's side written down: the side passed is not used.
        return Optional.of(TriggerPointPlan.of(protocol, side == null ? Side.BOTH : side, answers()));
    }

    /** The therapist's choice, else the protocol's default (ALL when there is nothing to choose). */
    public TriggerPointChoice choice() {
        if (chosen != null) {
            return chosen;
        }
        return plan().filter(TriggerPointPlan::needsChoice).map(TriggerPointPlan::defaultChoice)
                .orElse(TriggerPointChoice.ALL);
    }

    /**
     * Chooses the trigger points to treat; the others are left for next time.
     *
     * @throws IllegalStateException    while the side is not chosen
     * @throws IllegalArgumentException when the choice treats more points than the protocol's cap
     */
    public void choose(TriggerPointChoice choice) {
        TriggerPointPlan plan = plan().orElseThrow(() -> new IllegalStateException("choose the side first"));
        chosen = choice.validate(plan);
    }

    // Consent and pain

    public void consent(boolean given) {
        consent = given;
    }

    public boolean consent() {
        return consent;
    }

    public void painBefore(int rating) {
        if (!PainScore.isValid(rating)) {
            throw new IllegalArgumentException("pain is rated " + PainScore.MIN + " to " + PainScore.MAX);
        }
        painBefore = OptionalInt.of(rating);
    }

    public OptionalInt painBefore() {
        return painBefore;
    }

    // Readiness and results

    /** What must still be done before the start; empty when ready. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (!mayNeedle) {
            missing.add(Missing.DRY_NEEDLING_CREDENTIAL);
        }
        if (!ClientReference.isWellFormed(clientReference)) {
            missing.add(Missing.CLIENT_REFERENCE);
        }
        if (protocol.asksSide() && side == null) {
            missing.add(Missing.SIDE);
        }
        if (!unanswered().isEmpty()) {
            missing.add(Missing.SCREENING);
        }
        if (!absoluteStops().isEmpty()) {
            missing.add(Missing.ABSOLUTE_STOP);
        }
        if (!relativeStops().isEmpty() && override == null) {
            missing.add(Missing.STOPPING_ANSWER);
        }
        if (plan().map(choice()::exceedsCap).orElse(false)) {
            missing.add(Missing.TRIGGER_POINTS);
        }
        if (protocol.consentRequired() && !consent) {
            missing.add(Missing.CONSENT);
        }
        if (painBefore.isEmpty()) {
            missing.add(Missing.PAIN_BEFORE);
        }
        return missing;
    }

    public boolean canStart() {
        return missing().isEmpty();
    }

    /** The timeline this session will run: chosen side and trigger points, steps gated by the answers. */
    public Timeline timeline() {
        return TimelineExpander.expand(protocol, Optional.ofNullable(side), Optional.of(answers()), choice());
    }

    /** The precaution lines the runner will show, in timeline order without duplicates. */
    public List<String> precautions() {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (Phase phase : timeline().phases()) {
            lines.addAll(phase.precautions());
        }
        return List.copyOf(lines);
    }

    /**
     * The header to record: answers in the order the protocol asks them, each with the session it was carried over
     * from; the override (of relative stops); the precaution lines; the trigger-point choice and what it leaves
     * for next time (when the protocol had anything to choose).
     *
     * @throws IllegalStateException when the preparation {@linkplain #canStart cannot start}
     */
    public NewSession newSession(Instant startedAt) {
        if (!canStart()) {
            throw new IllegalStateException("not ready to start: " + missing());
        }
        List<NewSession.ScreeningAnswer> screening = protocol.screening().stream()
                .filter(q -> answers.containsKey(q.id()))
                .map(q -> new NewSession.ScreeningAnswer(q.id(), answers.get(q.id()), carriedFrom(q.id())))
                .toList();
        Optional<NewSession.ScreeningOverride> recorded = relativeStops().isEmpty() ? Optional.empty()
                : Optional.of(new NewSession.ScreeningOverride(override.administratorId(), override.reason(),
                StopKind.RELATIVE));
        TriggerPointChoice choice = choice();
        Optional<NewSession.TriggerPoints> points = plan()
                .filter(plan -> plan.needsChoice() || !choice.everything())
                .map(plan -> NewSession.TriggerPoints.of(plan, choice));
        return new NewSession(therapist.id(), clientReference, side(), protocol, startedAt, painBefore, screening,
                recorded, consent, precautions(), points);
    }

    private List<ScreeningQuestion> relativeStops() {
        return stoppingQuestions().stream().filter(q -> !q.absolute()).toList();
    }
}
