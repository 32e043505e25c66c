/**
 * Copying a kiosk's sealed sessions to the clinic's central PostgreSQL record in seal order, resuming
 * after outages, and pulling the central therapist directory for offline sign-in.
 */
package app.holdpoint.store.replication;
