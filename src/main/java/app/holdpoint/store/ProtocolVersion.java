package app.holdpoint.store;

/** The exact protocol file a session ran, stored once per distinct SHA-256. */
public record ProtocolVersion(long id, String protocolId, int version, String fileName, String sha256,
                              String text) {
}
