package app.holdpoint.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.holdpoint.store.VerifyResult;

/**
 * What {@code verify} says about one session. Verify walks the whole record and stops at the first mismatch, so a
 * problem elsewhere leaves this session unchecked rather than verified.
 */
public record SessionIntegrity(State state, String detail) {

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
            return new SessionIntegrity(State.VERIFIED, "the whole record verified (" + result.sessions()
                    + " sessions, " + result.events() + " events); session chain head " + result.sessionHead());
        }
        String problem = result.firstProblem().orElseThrow();
        Matcher named = SESSION.matcher(problem);
        if (named.find() && Long.parseLong(named.group(1)) == sessionId) {
            return new SessionIntegrity(State.FAILED, problem);
        }
        return new SessionIntegrity(State.UNCHECKED, "verify stopped at another problem first: " + problem);
    }

    /** One line for reports: "verified: ...", "FAILS verification: ...", "not verified: ...". */
    public String line() {
        return line(ReportText.ENGLISH);
    }

    /** The state in the report's language; the verifier's detail stays as it wrote it. */
    public String line(ReportText words) {
        switch (state) {
            case VERIFIED:
                return words.get("integrity.verified", detail);
            case FAILED:
                return words.get("integrity.failed", detail);
            case UNCHECKED:
            default:
                return words.get("integrity.unchecked", detail);
        }
    }
}
