package app.holdpoint.testsupport;

import java.time.Clock;

import app.holdpoint.store.StoreConfig;

/** Store settings for tests: PIN hashing cheap enough to create and check many PINs quickly. */
public final class TestStores {
    /** The PBKDF2 iterations tests use, instead of the product's costly default. */
    public static final int FAST_PIN_ITERATIONS = 1_000;

    private TestStores() {
    }

    /** Kiosk {@code test-kiosk}, fast PIN hashing, wall time from {@code clock}. */
    public static StoreConfig fastPins(Clock clock) {
        return fastPins("test-kiosk", clock);
    }

    /** Kiosk {@code kioskId} (it is written into every record), fast PIN hashing, wall time from {@code clock}. */
    public static StoreConfig fastPins(String kioskId, Clock clock) {
        return StoreConfig.defaults(kioskId).withPinIterations(FAST_PIN_ITERATIONS).withClock(clock);
    }
}
