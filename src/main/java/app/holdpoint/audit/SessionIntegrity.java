package app.holdpoint.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.holdpoint.store.VerifyResult;

/**
 * What {@code verify} says about one session. Verify walks the whole record and stops at the first mismatch, so a
 * problem elsewhere leaves this session unchecked rather than verified.
 *
 * @param result the verifier's whole answer; its first finding is worded in the report's language
 */
public record SessionIntegrity(State state, VerifyResult result) {

    public enum State {
        /** The whole record verified, this session included. */
        VERIFIED,
        /** Verify named this session. */
        FAILED,
        /** Verify stopped at a problem in another session or chain before it could vouch for this one. */
        UNCHECKED
    }

    private static final Pattern SESSION = Pattern.compile("^session (\\d+)[,:]");

    public static SessionIntegrity of(VerifyResult result, long sessionId) {
        if (result.ok()) {
            return new SessionIntegrity(State.VERIFIED, result);
        }
        Matcher named = SESSION.matcher(result.firstProblem().orElseThrow());
        if (named.find() && Long.parseLong(named.group(1)) == sessionId) {
            return new SessionIntegrity(State.FAILED, result);
        }
        return new SessionIntegrity(State.UNCHECKED, result);
    }

    /** One line for reports: "verified: ...", "FAILS verification: ...", "not verified: ...". */
    public String line() {
        return line(ReportText.ENGLISH);
    }

    /** The line in the report's language, the verifier's first finding too. */
    public String line(ReportText words) {
        switch (state) {
            case VERIFIED:
                return words.get("integrity.verified", words.get("integrity.whole", Long.toString(result.sessions()),
                        Long.toString(result.events()), result.sessionHead()));
            case FAILED:
                return words.get("integrity.failed", firstProblem(words));
            case UNCHECKED:
            default:
                return words.get("integrity.unchecked", words.get("integrity.otherFirst", firstProblem(words)));
        }
    }

    /** The first finding in the report's words; a result known only by its English problem keeps that. */
    private String firstProblem(ReportText words) {
        return result.firstFailure().map(f -> f.finding().worded(words::get))
                .orElseGet(() -> result.firstProblem().orElseThrow());
    }
}
