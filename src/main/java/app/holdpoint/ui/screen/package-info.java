/**
 * Kiosk screens outside a session: sign-in, first administrator, recovery, protocol picker, interrupted
 * sessions, therapists and settings.
 */
package app.holdpoint.ui.screen;
