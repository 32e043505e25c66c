/**
 * What only the embedded H2 database needs: its append-only trigger class and the alarm for a damaged file.
 */
package app.holdpoint.store.h2;
