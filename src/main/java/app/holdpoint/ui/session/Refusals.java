package app.holdpoint.ui.session;

import java.util.LinkedHashMap;
import java.util.Map;

import app.holdpoint.session.CommandResult;
import app.holdpoint.ui.Text;

/**
 * A refused command in the therapist's language. The engine's reasons are English sentences for the record; the
 * screen words them from the bundle, matched by how each reason begins, with a plain fallback per command.
 */
final class Refusals {
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("the session is already running", "refused.alreadyRunning");
        KEYS.put("the session is already paused", "refused.alreadyPaused");
        KEYS.put("the session is not paused", "refused.notPaused");
        KEYS.put("the session is paused", "refused.paused");
        KEYS.put("already at the start of the first phase", "refused.atStart");
        KEYS.put("a hold until release ends at its safety maximum", "refused.extendRelease");
        KEYS.put("extend by", "refused.extendRange");
        KEYS.put("nothing is counting down", "refused.extendWaiting");
        KEYS.put("this hold ends when release is marked", "refused.confirmHold");
        KEYS.put("the countdown has", "refused.confirmEarly");
        KEYS.put("this phase ends on its own", "refused.confirmEarly");
        KEYS.put("this phase is not a hold until release", "refused.notRelease");
        KEYS.put("release is allowed from", "refused.releaseEarly");
        KEYS.put("give a reason", "refused.reason");
        KEYS.put("give a rating", "refused.rating");
        KEYS.put("give the number of needles", "refused.needlesIn");
        KEYS.put("count the needles out", "refused.needlesOut");
        KEYS.put("this prompt takes no number", "refused.noNumber");
        KEYS.put("the session has not started", "refused.notStarted");
        KEYS.put("the session is complete", "refused.finished");
        KEYS.put("the session was ended early", "refused.finished");
    }

    private Refusals() {
    }

    static String of(CommandResult result, Text text) {
        String reason = result.reason();
        for (Map.Entry<String, String> entry : KEYS.entrySet()) {
            if (reason.startsWith(entry.getKey())) {
                return text.get(entry.getValue());
            }
        }
        if (reason.contains("needle(s) counted out but")) {
            return text.get("refused.needlesOut");
        }
        return text.get("refused.other", text.get("command." + result.command().name()));
    }
}
