package app.holdpoint.session;

/** A monotonic clock in nanoseconds: {@link System#nanoTime()} in production, a fake in tests. */
@FunctionalInterface
public interface Ticker {
    long nanoTime();

    static Ticker system() {
        return System::nanoTime;
    }
}
