package app.holdpoint.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recovery code and the attributed history of unlocks and PIN resets. A code is 20 characters of base32
 * (100 random bits from {@link SecureRandom}) shown as four groups of five, {@code K7QMX-2HD4P-W9...}; only its
 * slow hash is stored. Wrong codes are counted, and locked out, exactly like wrong PINs ({@link Lockout}, the same
 * limit and length). Runs on the writer thread.
 */
final class RecoveryCodeWrites {
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 5;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** The key of the recovery code in its {@link Lockout}; one code per record. */
    private static final long CODE = 0;

    private final StoreConfig config;
    private final Pins pins;
    private final SecureRandom random;
    private final TherapistWrites therapists;
    private final Lockout lockout;

    RecoveryCodeWrites(StoreConfig config, Pins pins, SecureRandom random, TherapistWrites therapists) {
        this.config = config;
        this.pins = pins;
        this.random = random;
        this.therapists = therapists;
        this.lockout = new Lockout(config);
    }

    /** A new code replacing any earlier one, recorded against administrator {@code adminName} by {@code actor}. */
    String create(Sql sql, String adminName, String actor) throws SQLException {
        Therapist admin = enabledAdministrator(sql, adminName)
                .orElseThrow(() -> new StoreException("'" + adminName + "' is not an enabled administrator"));
        char[] code = new char[GROUPS * GROUP_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = BASE32[random.nextInt(BASE32.length)];
        }
        Pins.Hashed hashed = pins.hashSecret(code);
        PreparedStatement insert = sql.prepare("INSERT INTO recovery_code (code_hash, code_salt, code_iterations,"
                + " created_at) VALUES (?, ?, ?, ?)");
        insert.setString(1, hashed.hash());
        insert.setString(2, hashed.salt());
        insert.setInt(3, hashed.iterations());
        Jdbc.setInstant(insert, 4, config.clock().instant());
        insert.executeUpdate();
        event(sql, admin.id(), TherapistEvent.RECOVERY_CODE, actor);
        String plain = grouped(code);
        Arrays.fill(code, '\0');
        return plain;
    }

    /** Checks the code, counting a wrong one; a right one changes nothing else. */
    RecoveryCheck check(Sql sql, char[] code) throws SQLException {
        return checkCode(sql, code);
    }

    /**
     * With the right code: lifts the administrator's lock-out and, when {@code newPin} is given, sets it as the
     * PIN; each is recorded as done by "recovery code".
     */
    RecoveryCheck recover(Sql sql, String adminName, char[] code, Optional<char[]> newPin) throws SQLException {
        newPin.ifPresent(Pins::requireWellFormed);
        Optional<Therapist> admin = enabledAdministrator(sql, adminName);
        if (admin.isEmpty()) {
            return RecoveryCheck.of(RecoveryCheck.Outcome.NOT_AN_ADMINISTRATOR);
        }
        RecoveryCheck check = checkCode(sql, code);
        if (!check.accepted()) {
            return check;
        }
        Therapist done;
        if (newPin.isPresent()) {
            done = therapists.resetPin(sql, admin.get().name(), newPin.get());
            event(sql, done.id(), TherapistEvent.RESET_PIN, TherapistEvent.BY_RECOVERY_CODE);
        } else {
            done = therapists.unlock(sql, admin.get().name());
            event(sql, done.id(), TherapistEvent.UNLOCK, TherapistEvent.BY_RECOVERY_CODE);
        }
        return new RecoveryCheck(RecoveryCheck.Outcome.ACCEPTED, config.maxPinFailures(), Optional.empty(),
                Optional.of(done));
    }

    /** Lifts a lock-out, recorded as done by {@code actor}. */
    Therapist unlock(Sql sql, String name, String actor) throws SQLException {
        Therapist done = therapists.unlock(sql, name);
        event(sql, done.id(), TherapistEvent.UNLOCK, actor);
        return done;
    }

    /** Sets a new PIN (and lifts any lock-out), recorded as done by {@code actor}. */
    Therapist resetPin(Sql sql, String name, char[] pin, String actor) throws SQLException {
        Therapist done = therapists.resetPin(sql, name, pin);
        event(sql, done.id(), TherapistEvent.RESET_PIN, actor);
        return done;
    }

    static List<TherapistEvent> events(Sql sql) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT e.id, e.therapist_id, t.name, e.action, e.actor, e.recorded_at"
                + " FROM therapist_event e JOIN therapist t ON t.id = e.therapist_id ORDER BY e.id");
        List<TherapistEvent> events = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                events.add(new TherapistEvent(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getString(5), Jdbc.instant(r, 6)));
            }
        }
        return events;
    }

    static boolean hasCode(Sql sql) throws SQLException {
        try (ResultSet r = sql.prepare("SELECT COUNT(*) FROM recovery_code").executeQuery()) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    /** What people type: any case, spaces or hyphens between groups, 0/1/8 for O/I/B. */
    static String normalized(char[] typed) {
        StringBuilder code = new StringBuilder();
        for (char c : typed) {
            char up = Character.toUpperCase(c);
            switch (up) {
                case '0' -> code.append('O');
                case '1' -> code.append('I');
                case '8' -> code.append('B');
                case ' ', '-', '\t' -> { }
                default -> code.append(up);
            }
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }

    private RecoveryCheck checkCode(Sql sql, char[] typed) throws SQLException {
        Instant now = config.clock().instant();
        PreparedStatement query = sql.prepare("SELECT id, code_hash, code_salt, code_iterations, failed_attempts,"
                + " locked_until FROM recovery_code ORDER BY id DESC FETCH FIRST 1 ROWS ONLY FOR UPDATE");
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                return RecoveryCheck.of(RecoveryCheck.Outcome.NO_CODE);
            }
            long id = r.getLong(1);
            Optional<Instant> lockedUntil = Jdbc.optionalInstant(r, 6);
            if (lockedUntil.isPresent()) {
                long remaining = lockout.remainingNanos(CODE, lockedUntil.get(), now);
                if (remaining > 0) {
                    return new RecoveryCheck(RecoveryCheck.Outcome.LOCKED, 0, Optional.of(now.plusNanos(remaining)),
                            Optional.empty());
                }
            }
            lockout.forget(CODE);
            char[] code = normalized(typed == null ? new char[0] : typed).toCharArray();
            boolean right = code.length == GROUPS * GROUP_LENGTH
                    && Pins.matches(code, new Pins.Hashed(r.getString(2), r.getString(3), r.getInt(4)));
            Arrays.fill(code, '\0');
            if (right) {
                record(sql, id, 0, null);
                return new RecoveryCheck(RecoveryCheck.Outcome.ACCEPTED, config.maxPinFailures(), Optional.empty(),
                        Optional.empty());
            }
            int failures = (lockedUntil.isPresent() ? 0 : r.getInt(5)) + 1;
            if (failures >= config.maxPinFailures()) {
                Instant until = lockout.start(CODE, now);
                record(sql, id, 0, until);
                return new RecoveryCheck(RecoveryCheck.Outcome.LOCKED, 0, Optional.of(until), Optional.empty());
            }
            record(sql, id, failures, null);
            return new RecoveryCheck(RecoveryCheck.Outcome.WRONG_CODE, config.maxPinFailures() - failures,
                    Optional.empty(), Optional.empty());
        }
    }

    private static void record(Sql sql, long id, int failures, Instant lockedUntil) throws SQLException {
        PreparedStatement update = sql.prepare(
                "UPDATE recovery_code SET failed_attempts = ?, locked_until = ? WHERE id = ?");
        update.setInt(1, failures);
        Jdbc.setInstant(update, 2, lockedUntil);
        update.setLong(3, id);
        update.executeUpdate();
    }

    private void event(Sql sql, long therapistId, String action, String actor) throws SQLException {
        String who = actor == null || actor.isBlank() ? "unknown" : actor.strip();
        PreparedStatement insert = sql.prepare("INSERT INTO therapist_event (therapist_id, action, actor,"
                + " recorded_at) VALUES (?, ?, ?, ?)");
        insert.setLong(1, therapistId);
        insert.setString(2, action);
        insert.setString(3, who.length() > 200 ? who.substring(0, 200) : who);
        Jdbc.setInstant(insert, 4, config.clock().instant());
        insert.executeUpdate();
    }

    private static Optional<Therapist> enabledAdministrator(Sql sql, String name) throws SQLException {
        return new Reads(sql).therapist(name).filter(t -> t.isAdmin() && !t.disabled());
    }

    private static String grouped(char[] code) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < code.length; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                text.append('-');
            }
            text.append(code[i]);
        }
        return text.toString();
    }
}
