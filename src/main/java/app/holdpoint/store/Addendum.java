package app.holdpoint.store;

import java.time.Instant;

/** A signed correction or remark added to a sealed session; addenda are never edited either. */
public record Addendum(long id, long sessionId, String author, Instant createdAt, String text, String hash) {
}
