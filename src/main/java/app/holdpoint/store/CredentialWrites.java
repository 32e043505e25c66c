package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Grants and revocations of the dry-needling credential: each is a new row of {@code therapist_credential}
 * (append-only), attributed to the administrator who recorded it, so the record keeps the whole history.
 * Runs on the writer thread.
 */
final class CredentialWrites {
    static final String DRY_NEEDLING = "dry-needling";
    static final String GRANT = "grant";
    static final String REVOKE = "revoke";
    private static final int MAX_JURISDICTION = 80;

    private final StoreConfig config;

    CredentialWrites(StoreConfig config) {
        this.config = config;
    }

    Therapist grantDryNeedling(Sql sql, String name, String jurisdiction, Optional<LocalDate> expires,
                               long administratorId) throws SQLException {
        DirectoryGuard.refuseInCentralMode(sql);
        Reads reads = new Reads(sql);
        Therapist administrator = administrator(reads, administratorId);
        Therapist therapist = reads.therapist(name).orElseThrow(() -> TherapistWrites.unknown(name));
        if (therapist.disabled()) {
            throw new StoreException(StoreProblem.THERAPIST_DISABLED, therapist.name());
        }
        String place = jurisdiction == null ? "" : jurisdiction.strip();
        if (place.length() > MAX_JURISDICTION) {
            throw new StoreException(StoreProblem.JURISDICTION_LENGTH, MAX_JURISDICTION);
        }
        LocalDate today = LocalDate.now(config.clock());
        if (expires.isPresent() && expires.get().isBefore(today)) {
            throw new StoreException(StoreProblem.EXPIRY_PASSED, expires.get());
        }
        insert(sql, therapist.id(), GRANT, place.isEmpty() ? null : place, expires.orElse(null), administrator.id());
        return reads.therapist(therapist.id()).orElseThrow();
    }

    Therapist revokeDryNeedling(Sql sql, String name, long administratorId) throws SQLException {
        DirectoryGuard.refuseInCentralMode(sql);
        Reads reads = new Reads(sql);
        Therapist administrator = administrator(reads, administratorId);
        Therapist therapist = reads.therapist(name).orElseThrow(() -> TherapistWrites.unknown(name));
        if (therapist.dryNeedling().isEmpty()) {
            throw new StoreException(StoreProblem.NO_CREDENTIAL, therapist.name());
        }
        insert(sql, therapist.id(), REVOKE, null, null, administrator.id());
        return reads.therapist(therapist.id()).orElseThrow();
    }

    private static Therapist administrator(Reads reads, long id) throws SQLException {
        Therapist administrator = reads.therapist(id)
                .orElseThrow(() -> new StoreException("no therapist with id " + id));
        if (!administrator.isAdmin() || administrator.disabled()) {
            throw new StoreException("only an enabled administrator may grant or revoke a credential, and '"
                    + administrator.name() + "' is not one");
        }
        return administrator;
    }

    private void insert(Sql sql, long therapistId, String action, String jurisdiction, LocalDate expires,
                        long administratorId) throws SQLException {
        PreparedStatement insert = sql.prepare("INSERT INTO therapist_credential (therapist_id, credential, action,"
                + " jurisdiction, expires_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.setLong(1, therapistId);
        insert.setString(2, DRY_NEEDLING);
        insert.setString(3, action);
        insert.setString(4, jurisdiction);
        if (expires == null) {
            insert.setNull(5, Types.DATE);
        } else {
            insert.setObject(5, expires);
        }
        insert.setLong(6, administratorId);
        Jdbc.setInstant(insert, 7, config.clock().instant());
        insert.executeUpdate();
    }
}
