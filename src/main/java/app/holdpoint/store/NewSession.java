package app.holdpoint.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;

/**
 * Everything known when a session starts: it becomes the session's header, fixed from then on.
 *
 * @param side          the side the therapist chose, when the protocol asks
 * @param screening     every screening answer given, in the order asked
 * @param override      present when a "stop" answer was overridden by a clinician
 * @param consent       recorded consent (needed for needling)
 * @param precautions   the precaution lines the runner shows for this session (answers' when-yes lines and the
 *                      muscles' precautions), in timeline order without duplicates
 * @param triggerPoints the therapist's choice of trigger points when the protocol has optional points or a cap;
 *                      empty when every point runs
 */
public record NewSession(long therapistId, String clientRef, Optional<Side> side, Protocol protocol,
                         Instant startedAt, OptionalInt painBefore, List<ScreeningAnswer> screening,
                         Optional<ScreeningOverride> override, boolean consent, List<String> precautions,
                         Optional<TriggerPoints> triggerPoints) {

    public NewSession {
        Objects.requireNonNull(clientRef, "clientRef");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(startedAt, "startedAt");
        screening = List.copyOf(screening);
        precautions = List.copyOf(precautions);
        Objects.requireNonNull(triggerPoints, "triggerPoints");
    }

    /** A session with no precaution lines and every trigger point (simulations, demo data, older callers). */
    public NewSession(long therapistId, String clientRef, Optional<Side> side, Protocol protocol, Instant startedAt,
                      OptionalInt painBefore, List<ScreeningAnswer> screening, Optional<ScreeningOverride> override,
                      boolean consent) {
        this(therapistId, clientRef, side, protocol, startedAt, painBefore, screening, override, consent, List.of(),
                Optional.empty());
    }

    /**
     * One yes/no answer to a protocol's screening question.
     *
     * @param carriedFromSession the earlier session of the same client whose answer was confirmed unchanged
     *                           today; empty when the question was answered today
     */
    public record ScreeningAnswer(String questionId, boolean answer, OptionalLong carriedFromSession) {

        public ScreeningAnswer {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(carriedFromSession, "carriedFromSession");
        }

        /** An answer given today. */
        public ScreeningAnswer(String questionId, boolean answer) {
            this(questionId, answer, OptionalLong.empty());
        }
    }

    /**
     * An administrator's recorded decision to go ahead despite a "stop" answer. Only a {@link StopKind#RELATIVE
     * relative} stop can be overridden, and only with a reason that {@link #reasonProblem says something}.
     */
    public record ScreeningOverride(long therapistId, String reason, StopKind stop) {

        /** The fewest characters an override's reason may have. */
        public static final int MIN_REASON_LENGTH = 20;

        public ScreeningOverride {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(stop, "stop");
        }

        /** An override of a relative stop. */
        public ScreeningOverride(long therapistId, String reason) {
            this(therapistId, reason, StopKind.RELATIVE);
        }

        /**
         * Why {@code reason} cannot justify an override, or empty when it can: it needs at least
         * {@value #MIN_REASON_LENGTH} characters and more than one distinct word ("no no no no no no no" says
         * nothing).
         */
        public static Optional<String> reasonProblem(String reason) {
            String text = reason == null ? "" : reason.strip();
            if (text.length() < MIN_REASON_LENGTH) {
                return Optional.of("an override needs a written reason of at least " + MIN_REASON_LENGTH
                        + " characters");
            }
            long words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(word -> !word.isEmpty()).distinct().count();
            if (words < 2) {
                return Optional.of("an override's reason must say why in words, not one word repeated");
            }
            return Optional.empty();
        }
    }

    /**
     * The trigger points the therapist chose to treat and those left for next time, each as muscle id and side
     * ("upper-trapezius right", "suboccipitals both"), so the timeline can be rebuilt on resume and the audit can
     * say what was left.
     */
    public record TriggerPoints(List<String> treated, List<String> leftForNextTime) {

        public TriggerPoints {
            treated = List.copyOf(treated);
            leftForNextTime = List.copyOf(leftForNextTime);
        }

        /** What {@code choice} treats of the plan's points and what it leaves, in protocol order. */
        public static TriggerPoints of(TriggerPointPlan plan, TriggerPointChoice choice) {
            return new TriggerPoints(choice.treatedIn(plan).stream().map(TriggerPoints::id).toList(),
                    plan.leftOut(choice).stream().map(TriggerPoints::id).toList());
        }

        /** The recorded choice over a rebuilt plan: the plan's points whose id was treated. */
        public TriggerPointChoice choiceIn(TriggerPointPlan plan) {
            return new TriggerPointChoice(plan.points().stream().filter(point -> treated.contains(id(point)))
                    .collect(Collectors.toSet()));
        }

        /** "upper-trapezius right". */
        public static String id(TriggerPoint point) {
            return point.muscleId() + " " + point.side().word();
        }
    }
}
