/**
 * The kiosk's user interface. {@code Text} is the one message bundle every screen reads.
 */
package app.holdpoint.ui;
