package app.holdpoint.store;

import java.time.Clock;
import java.time.Duration;

import app.holdpoint.session.Ticker;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Tunables of a store, with production defaults in {@link #defaults(String)}.
 *
 * @param kioskId        recorded with every session this store begins; recovery only touches its own
 * @param pinIterations  PBKDF2 iterations for new PINs (tests lower it to stay fast)
 * @param maxPinFailures wrong PINs in a row before the therapist is locked out
 * @param lockout        how long a lock-out lasts
 * @param clock          wall clock for record timestamps (and a lock-out's stored end)
 * @param ticker         monotonic clock that times lock-outs within a running process, so a wall-clock step
 *                       never makes one last longer or shorter than {@code lockout}
 */
public record StoreConfig(String kioskId, int pinIterations, int maxPinFailures, Duration lockout, Clock clock,
                          Ticker ticker) {

    /** With the system's monotonic clock. */
    public StoreConfig(String kioskId, int pinIterations, int maxPinFailures, Duration lockout, Clock clock) {
        this(kioskId, pinIterations, maxPinFailures, lockout, clock, Ticker.system());
    }

    public static final int MAX_PIN_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    /** Defaults, with a kiosk id naming the role and this machine ("kiosk@tablet-3"). */
    public static StoreConfig forThisMachine(String role) {
        return defaults(role + "@" + hostName());
    }

    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    public static StoreConfig defaults(String kioskId) {
        return new StoreConfig(kioskId, Pins.DEFAULT_ITERATIONS, MAX_PIN_FAILURES, LOCKOUT, Clock.systemUTC());
    }

    public StoreConfig withPinIterations(int iterations) {
        return new StoreConfig(kioskId, iterations, maxPinFailures, lockout, clock, ticker);
    }

    public StoreConfig withClock(Clock value) {
        return new StoreConfig(kioskId, pinIterations, maxPinFailures, lockout, value, ticker);
    }

    public StoreConfig withKioskId(String value) {
        return new StoreConfig(value, pinIterations, maxPinFailures, lockout, clock, ticker);
    }

    public StoreConfig withTicker(Ticker value) {
        return new StoreConfig(kioskId, pinIterations, maxPinFailures, lockout, clock, value);
    }
}
