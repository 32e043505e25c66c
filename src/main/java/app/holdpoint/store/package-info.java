/**
 * The record: therapists, sessions, events, seals and addenda behind role-sized interfaces, the hash chain,
 * kiosk signatures, verification, backups and migrations, over H2 or PostgreSQL through JDBC.
 */
package app.holdpoint.store;
