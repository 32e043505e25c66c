package app.holdpoint.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock that runs with a {@link FakeTicker} (so it agrees with the session's time) until a test steps it,
 * as NTP, a manual change or a suspend on a monotonic clock that stops would.
 */
public final class TickerClock extends Clock {
    private final FakeTicker ticker;
    private final long tickerOrigin;
    private Instant wallOrigin;

    public TickerClock(FakeTicker ticker, Instant now) {
        this.ticker = ticker;
        this.tickerOrigin = ticker.nanoTime();
        this.wallOrigin = now;
    }

    /** The wall clock jumps by {@code by} (negative: back); the ticker does not move. */
    public TickerClock step(Duration by) {
        wallOrigin = wallOrigin.plus(by);
        return this;
    }

    @Override
    public Instant instant() {
        return wallOrigin.plusNanos(ticker.nanoTime() - tickerOrigin);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
