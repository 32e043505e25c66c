package app.holdpoint.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The newest seal this kiosk wrote, remembered outside the database ({@code kiosk-head} next to the key), so a
 * record put back from an older copy is noticed: at start-up and by verify. The file is signed with the kiosk
 * key, replaced atomically after each seal's commit and only ever moves forward. An administrator who has
 * checked a deliberate restore moves the file aside.
 *
 * <p>Format, one {@code name value} per line: {@code seq}, {@code session}, {@code sealed} (ISO instant),
 * {@code hash}, {@code signature} (over {@code seq|session|sealed|hash}).
 */
final class ChainHeadFile {
    static final String FILE = "kiosk-head";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * For a deliberate going back (a restore, or a record put back by hand and accepted): moves {@code folder}'s
     * remembered head to {@code kiosk-head-replaced-<stamp>}, so the record's next seal starts a new one.
     *
     * @return where the head went; empty when there was none
     * @throws IOException when it cannot be moved (the head stays, and the start-up check with it)
     */
    static Optional<Path> moveAside(Path folder, String stamp) throws IOException {
        Path head = folder.resolve(FILE);
        if (!Files.exists(head)) {
            return Optional.empty();
        }
        Path kept = folder.resolve(FILE + "-replaced-" + stamp);
        Files.move(head, kept, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(kept);
    }

    /** One sealed session's place in the session chain. */
    record Head(long seq, long sessionId, Instant sealedAt, String hash) {
        String signed() {
            return seq + "|" + sessionId + "|" + sealedAt + "|" + hash;
        }
    }

    private final KioskKey key;
    private final ZoneId zone;
    private Head remembered; // what this process last wrote or read: the file is only read once

    ChainHeadFile(KioskKey key, ZoneId zone) {
        this.key = key;
        this.zone = zone;
    }

    /** The remembered head; empty before this kiosk sealed anything (or without a key folder). */
    synchronized Optional<Head> read() {
        if (remembered != null || key.folder().isEmpty()) {
            return Optional.ofNullable(remembered);
        }
        Path file = key.folder().get().resolve(FILE);
        try {
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    fields.put(line.substring(0, space), line.substring(space + 1).strip());
                }
            }
            Head head = new Head(Long.parseLong(fields.get("seq")), Long.parseLong(fields.get("session")),
                    Instant.parse(fields.get("sealed")), fields.get("hash"));
            if (!KioskKey.verify(key.publicKey(), head.signed(), fields.getOrDefault("signature", ""))) {
                throw new StoreException(StoreProblem.HEAD_NOT_SIGNED, file);
            }
            remembered = head;
            return Optional.of(head);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(e, StoreProblem.HEAD_UNREADABLE, file);
        }
    }

    /** Remembers {@code head} when it is newer than what is remembered. Call after its seal committed. */
    synchronized void advance(Head head) throws IOException {
        Optional<Head> known = key.folder().isEmpty() ? Optional.ofNullable(remembered) : readQuietly();
        if (known.isPresent() && known.get().seq() >= head.seq()) {
            return;
        }
        remembered = head;
        if (key.folder().isPresent()) {
            String text = "seq " + head.seq() + "\nsession " + head.sessionId() + "\nsealed " + head.sealedAt()
                    + "\nhash " + head.hash() + "\nsignature " + key.sign(head.signed()) + "\n";
            PrivateFiles.writeAtomically(key.folder().get().resolve(FILE), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Optional<Head> readQuietly() {
        try {
            return read();
        } catch (StoreException unreadable) {
            return Optional.empty(); // a damaged file is reported at open and by verify; a new seal replaces it
        }
    }

    /**
     * What is wrong with the record in {@code connection} compared with the remembered head, in words the kiosk
     * can show; empty when the record holds that seal unchanged (or nothing is remembered).
     */
    Optional<StoreException> problem(Connection connection) throws SQLException {
        Optional<Head> head;
        try {
            head = read();
        } catch (StoreException e) {
            return Optional.of(e);
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seal_hash FROM therapy_session WHERE seal_seq = ?")) {
            query.setLong(1, h.seq());
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    return Optional.of(new StoreException(StoreProblem.RECORD_OLDER, h.sessionId(), shown(h)));
                }
                if (!h.hash().equals(r.getString(1))) {
                    return Optional.of(new StoreException(StoreProblem.RECORD_REPLACED, h.seq(), h.sessionId(),
                            shown(h)));
                }
                return Optional.empty();
            }
        }
    }

    private String shown(Head h) {
        return SHOWN.format(h.sealedAt().atZone(zone));
    }
}
