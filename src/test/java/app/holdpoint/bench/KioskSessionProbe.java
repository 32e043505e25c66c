package app.holdpoint.bench;

/**
 * The kiosk as a therapist leaves it during a hold: started like {@code ./run.sh}, signed in, a protocol chosen
 * and prepared, its countdown running on the real clock. Prints {@link #COUNTING_DOWN} once there, then runs
 * until killed. (Filled in once the kiosk screens land.)
 */
public final class KioskSessionProbe {
    static final String COUNTING_DOWN = "holdpoint-counting-down";

    private KioskSessionProbe() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("waits for the kiosk screens");
    }
}
