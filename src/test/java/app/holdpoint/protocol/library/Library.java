package app.holdpoint.protocol.library;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.testsupport.TestProtocols;

/** The shipped library in {@code protocols/}, loaded once for all library tests, with small helpers. */
final class Library {
    static final Path FOLDER = TestProtocols.FOLDER;
    private static ProtocolLibrary.Loaded loaded;

    private Library() {
    }

    static synchronized ProtocolLibrary.Loaded loaded() {
        if (loaded == null) {
            loaded = ProtocolLibrary.load(FOLDER);
        }
        return loaded;
    }

    static Catalog catalog() {
        return loaded().catalog();
    }

    static List<Protocol> protocols() {
        return loaded().protocols();
    }

    static Protocol protocol(String id) {
        return loaded().byId(id).orElseThrow(() -> new AssertionError("no protocol '" + id + "' in " + FOLDER));
    }

    static List<Protocol> withCondition(Condition condition) {
        return protocols().stream().filter(p -> p.condition() == condition).toList();
    }

    static <T extends Step> List<T> steps(Protocol protocol, Class<T> type) {
        return protocol.steps().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<Step> stepsOfKind(Protocol protocol, StepKind kind) {
        return protocol.steps().stream().filter(s -> s.kind() == kind).toList();
    }

    /** The plan as {@code ./run.sh plan <id> --side left} prints it: every step, one side. */
    static Timeline planLeft(Protocol protocol) {
        return TimelineExpander.expand(protocol, Optional.of(Side.LEFT));
    }

    /** A session on the left side with every screening question answered "no", except the given answers. */
    static Timeline sessionLeft(Protocol protocol, Map<String, Boolean> answers) {
        Map<String, Boolean> all = new HashMap<>();
        protocol.screening().forEach(q -> all.put(q.id(), false));
        all.putAll(answers);
        return TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(all));
    }

    static boolean hasPhase(Timeline timeline, PhaseKind kind) {
        return timeline.phases().stream().map(Phase::kind).anyMatch(kind::equals);
    }

    static Optional<ScreeningQuestion> question(Protocol protocol, String id) {
        return protocol.screening().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    static List<String> setQuestionIds(String setId) {
        var set = catalog().screeningSets().get(setId);
        if (set == null) {
            throw new AssertionError("no screening set '" + setId + "'");
        }
        return set.questions().stream().map(ScreeningQuestion::id).toList();
    }

    static boolean screensSet(Protocol protocol, String setId) {
        List<String> ids = protocol.screening().stream().map(ScreeningQuestion::id).toList();
        return ids.containsAll(setQuestionIds(setId));
    }

    static long seconds(Duration d) {
        return d.toSeconds();
    }
}
