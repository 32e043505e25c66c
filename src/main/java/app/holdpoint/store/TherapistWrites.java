package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Therapist rows: the only mutable audit-adjacent table (failed attempts, lock-out, disabled). Names are never
 * changed, since session hashes cover them. Runs on the writer thread.
 */
final class TherapistWrites {
    private final StoreConfig config;
    private final Pins pins;
    private final Lockout lockout;

    TherapistWrites(StoreConfig config, Pins pins) {
        this.config = config;
        this.pins = pins;
        this.lockout = new Lockout(config);
    }

    Therapist create(Sql sql, String name, Role role, char[] pin) throws SQLException {
        DirectoryGuard.refuseInCentralMode(sql);
        String clean = PersonText.line(name, "a therapist's name");
        if (clean.isEmpty() || clean.length() > 80) {
            throw new StoreException(StoreProblem.NAME_LENGTH);
        }
        Reads reads = new Reads(sql);
        if (reads.therapist(clean).isPresent()) {
            throw new StoreException(StoreProblem.THERAPIST_EXISTS, clean);
        }
        Pins.Hashed hashed = pins.hash(pin);
        PreparedStatement insert = sql.prepare("INSERT INTO therapist (name, role_name,"
                + " pin_hash, pin_salt, pin_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        insert.setString(1, clean);
        insert.setString(2, role.word());
        insert.setString(3, hashed.hash());
        insert.setString(4, hashed.salt());
        insert.setInt(5, hashed.iterations());
        Jdbc.setInstant(insert, 6, config.clock().instant());
        insert.executeUpdate();
        return reads.therapist(clean).orElseThrow();
    }

    Therapist disable(Sql sql, String name) throws SQLException {
        DirectoryGuard.refuseInCentralMode(sql);
        Reads reads = new Reads(sql);
        Therapist therapist = reads.therapist(name).orElseThrow(() -> unknown(name));
        PreparedStatement update = sql.prepare(
                "UPDATE therapist SET disabled = TRUE WHERE id = ?");
        update.setLong(1, therapist.id());
        update.executeUpdate();
        return reads.therapist(therapist.id()).orElseThrow();
    }

    PinCheck verify(Sql sql, String name, char[] pin) throws SQLException {
        Instant now = config.clock().instant();
        PreparedStatement query = sql.prepare("SELECT id, name, pin_hash, pin_salt,"
                + " pin_iterations, failed_attempts, locked_until, disabled FROM therapist WHERE name = ? FOR UPDATE");
        query.setString(1, PersonText.lookup(name));
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                return new PinCheck(PinCheck.Outcome.UNKNOWN_THERAPIST, Optional.empty(), 0, Optional.empty());
            }
            long id = r.getLong(1);
            Optional<Instant> lockedUntil = Jdbc.optionalInstant(r, 7);
            if (r.getBoolean(8)) {
                return new PinCheck(PinCheck.Outcome.DISABLED, Optional.empty(), 0, Optional.empty());
            }
            if (lockedUntil.isPresent()) {
                long remaining = lockout.remainingNanos(id, lockedUntil.get(), now);
                if (remaining > 0) {
                    return new PinCheck(PinCheck.Outcome.LOCKED, Optional.empty(), 0,
                            Optional.of(now.plusNanos(remaining)));
                }
            }
            lockout.forget(id);
            boolean right = pin != null && pin.length > 0
                    && Pins.matches(pin, new Pins.Hashed(r.getString(3), r.getString(4), r.getInt(5)));
            if (right) {
                record(sql, id, 0, null);
                return new PinCheck(PinCheck.Outcome.ACCEPTED, Optional.of(new Signature(id, r.getString(2))),
                        config.maxPinFailures(), Optional.empty());
            }
            // A lock-out that has run out starts a fresh count.
            int failures = (lockedUntil.isPresent() ? 0 : r.getInt(6)) + 1;
            if (failures >= config.maxPinFailures()) {
                Instant until = lockout.start(id, now);
                record(sql, id, 0, until);
                return new PinCheck(PinCheck.Outcome.LOCKED, Optional.empty(), 0, Optional.of(until));
            }
            record(sql, id, failures, null);
            return new PinCheck(PinCheck.Outcome.WRONG_PIN, Optional.empty(),
                    config.maxPinFailures() - failures, Optional.empty());
        }
    }

    /** Lifts a lock-out and clears the count of wrong PINs; the therapist must exist. */
    Therapist unlock(Sql sql, String name) throws SQLException {
        Therapist therapist = new Reads(sql).therapist(name).orElseThrow(() -> unknown(name));
        record(sql, therapist.id(), 0, null);
        lockout.forget(therapist.id());
        return new Reads(sql).therapist(therapist.id()).orElseThrow();
    }

    /** A new PIN (hashed, never stored), and any lock-out lifted. */
    Therapist resetPin(Sql sql, String name, char[] pin) throws SQLException {
        Therapist therapist = new Reads(sql).therapist(name).orElseThrow(() -> unknown(name));
        Pins.Hashed hashed = pins.hash(pin);
        PreparedStatement update = sql.prepare("UPDATE therapist SET pin_hash = ?, pin_salt = ?, pin_iterations = ?,"
                + " failed_attempts = 0, locked_until = NULL WHERE id = ?");
        update.setString(1, hashed.hash());
        update.setString(2, hashed.salt());
        update.setInt(3, hashed.iterations());
        update.setLong(4, therapist.id());
        update.executeUpdate();
        lockout.forget(therapist.id());
        return new Reads(sql).therapist(therapist.id()).orElseThrow();
    }

    private static void record(Sql sql, long id, int failures, Instant lockedUntil)
            throws SQLException {
        PreparedStatement update = sql.prepare(
                "UPDATE therapist SET failed_attempts = ?, locked_until = ? WHERE id = ?");
        update.setInt(1, failures);
        Jdbc.setInstant(update, 2, lockedUntil);
        update.setLong(3, id);
        update.executeUpdate();
    }

    static StoreException unknown(String name) {
        return new StoreException(StoreProblem.NO_THERAPIST, name);
    }
}
