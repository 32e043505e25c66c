package app.holdpoint.ui.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;

/**
 * What the therapist settles before a session starts: client reference, side, screening answers, consent and
 * pain before. Knows what is still missing and whether a screening answer blocks the start. No Swing, so the
 * rules are tested without a screen.
 */
public final class SessionPreparation {
    /** Pseudonymous references: letters, digits and hyphens, no names or dates of birth needed. */
    public static final Pattern CLIENT_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,23}");

    /** An administrator's recorded decision to start despite stopping answers. */
    public record Override(String administrator, String reason) {
    }

    private final Protocol protocol;
    private String clientReference = "";
    private Side side;
    private final Map<String, Boolean> answers = new LinkedHashMap<>();
    private boolean consent;
    private OptionalInt painBefore = OptionalInt.empty();
    private Override override;

    public SessionPreparation(Protocol protocol) {
        this.protocol = protocol;
    }

    public Protocol protocol() {
        return protocol;
    }

    public void clientReference(String reference) {
        clientReference = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String clientReference() {
        return clientReference;
    }

    public void side(Side chosen) {
        if (chosen == Side.ASK) {
            throw new IllegalArgumentException("choose left, right or both");
        }
        side = chosen;
    }

    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    public void answer(String questionId, boolean yes) {
        answers.put(questionId, yes);
        if (stoppingQuestions().isEmpty()) {
            override = null;
        }
    }

    public Map<String, Boolean> answers() {
        return Map.copyOf(answers);
    }

    public void consent(boolean given) {
        consent = given;
    }

    public boolean consent() {
        return consent;
    }

    public void painBefore(int rating) {
        if (rating < 0 || rating > 10) {
            throw new IllegalArgumentException("pain is rated 0 to 10");
        }
        painBefore = OptionalInt.of(rating);
    }

    public OptionalInt painBefore() {
        return painBefore;
    }

    /** The questions whose answer stops the session. */
    public List<ScreeningQuestion> stoppingQuestions() {
        return protocol.screening().stream()
                .filter(q -> answers.containsKey(q.id()) && q.stops(answers.get(q.id())))
                .toList();
    }

    /** Records an administrator's override of the stopping answers; the reason must say something. */
    public void override(String administrator, String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new IllegalArgumentException("an override needs a written reason");
        }
        override = new Override(administrator, reason.strip());
    }

    public Optional<Override> override() {
        return Optional.ofNullable(override);
    }

    /** What must still be done before the start, as message keys for the screen; empty when ready. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (!CLIENT_REFERENCE.matcher(clientReference).matches()) {
            missing.add(Missing.CLIENT_REFERENCE);
        }
        if (protocol.asksSide() && side == null) {
            missing.add(Missing.SIDE);
        }
        if (protocol.screening().stream().anyMatch(q -> !answers.containsKey(q.id()))) {
            missing.add(Missing.SCREENING);
        }
        if (!stoppingQuestions().isEmpty() && override == null) {
            missing.add(Missing.STOPPING_ANSWER);
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

    /** The timeline this session will run: chosen side, and steps gated by the answers left out. */
    public Timeline timeline() {
        return TimelineExpander.expand(protocol, Optional.ofNullable(side), Optional.of(answers()));
    }

    public enum Missing {
        CLIENT_REFERENCE, SIDE, SCREENING, STOPPING_ANSWER, CONSENT, PAIN_BEFORE
    }
}
