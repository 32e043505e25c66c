package app.holdpoint.store;

import java.time.Instant;

/**
 * Something done to a therapist's sign-in outside a PIN check, as the record keeps it (append-only).
 *
 * @param action {@code unlock}, {@code reset-pin} or {@code recovery-code} (a recovery code was made)
 * @param actor  who: "ana (command line)" for an operating-system user at the command line, "Ana (kiosk)" for an
 *               administrator signed in at the kiosk, "recovery code" when the kiosk's recovery code was used,
 *               "first start" for the code made with the first administrator
 */
public record TherapistEvent(long id, long therapistId, String therapistName, String action, String actor,
                             Instant at) {
    public static final String UNLOCK = "unlock";
    public static final String RESET_PIN = "reset-pin";
    public static final String RECOVERY_CODE = "recovery-code";
    public static final String BY_RECOVERY_CODE = "recovery code";

    /** The attribution of something done at the command line by operating-system user {@code user}. */
    public static String commandLine(String user) {
        return user + " (command line)";
    }

    /** The attribution of something done at the kiosk by signed-in administrator {@code name}. */
    public static String kiosk(String name) {
        return name + " (kiosk)";
    }
}
