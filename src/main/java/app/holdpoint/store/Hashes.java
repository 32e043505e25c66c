package app.holdpoint.store;

/**
 * What each hash covers, in one place so writing and verifying cannot drift apart. Every field is hashed as it
 * is stored (names of therapists rather than ids, so renaming one is noticed too). Changing any of these is a
 * new format: give it a new tag ("event-v2") and keep the old one for old rows. Not thread-safe.
 */
final class Hashes {
    private final Canon canon = new Canon();

    /** The header format new sessions are written with. */
    static final int HEADER_FORMAT = 2;

    /**
     * A session's header, fixed at begin. Its hash is also the event chain's first link; the session id is not
     * in it (unknown before the insert) but is in every event hash and in the seal.
     *
     * @param format 1 (stored as NULL: sessions recorded before issue 13) or 2, which also covers the precaution
     *               lines, the trigger-point choice and the kind of stop overridden. The screening text (with its
     *               carried-over sources) is covered by both.
     */
    record Header(int format, String therapist, String clientRef, String side, String protocolId,
                  int protocolVersion, String protocolSha256, String sessionProtocolId, String kioskId,
                  long startedMicros, Integer painBefore, String screening, String overrideReason, String overrideBy,
                  boolean consent, String precautions, String triggerPoints, String overrideKind) {
    }

    /** A session's closing and its place in the session chain. */
    record Seal(String previous, long sealSeq, long sessionId, String headerHash, String status, Long endedMicros,
                Integer painAfter, String note, String signer, Long signedMicros, Long plannedMs, Long actualMs,
                Integer skipped, Integer shortened, Integer extended, Integer capped, Integer deviations,
                int eventCount, String lastEventHash) {
    }

    /** Hashes a header in its own format; an unknown format hashes to something no stored hash matches. */
    String header(Header h) {
        String tag = switch (h.format()) {
            case 1 -> "header-v1";
            case 2 -> "header-v2";
            default -> "header-v" + h.format() + "-unknown";
        };
        canon.start(tag).add(h.therapist()).add(h.clientRef()).add(h.side())
                .add(h.protocolId()).add(h.protocolVersion()).add(h.protocolSha256()).add(h.sessionProtocolId())
                .add(h.kioskId()).add(h.startedMicros()).add(h.painBefore()).add(h.screening())
                .add(h.overrideReason()).add(h.overrideBy()).add(h.consent());
        if (h.format() >= 2) {
            canon.add(h.precautions()).add(h.triggerPoints()).add(h.overrideKind());
        }
        return canon.hash();
    }

    String event(String previous, long sessionId, int seq, String type, long offsetNanos, long wallMicros,
                 int phase, long plannedMs, long actualMs, String endedBy, String detail) {
        return canon.start("event-v1").add(previous).add(sessionId).add(seq).add(type).add(offsetNanos)
                .add(wallMicros).add(phase).add(plannedMs).add(actualMs).add(endedBy).add(detail).hash();
    }

    String seal(Seal s) {
        return canon.start("seal-v1").add(s.previous()).add(s.sealSeq()).add(s.sessionId()).add(s.headerHash())
                .add(s.status()).add(s.endedMicros()).add(s.painAfter()).add(s.note()).add(s.signer())
                .add(s.signedMicros()).add(s.plannedMs()).add(s.actualMs()).add(s.skipped()).add(s.shortened())
                .add(s.extended()).add(s.capped()).add(s.deviations()).add(s.eventCount()).add(s.lastEventHash())
                .hash();
    }

    String addendum(String previous, long chainSeq, long sessionId, String sessionSealHash, String author,
                    long createdMicros, String text) {
        return canon.start("addendum-v1").add(previous).add(chainSeq).add(sessionId).add(sessionSealHash)
                .add(author).add(createdMicros).add(text).hash();
    }
}
