/**
 * The kiosk window: the controller that owns the frame and switches screens, the administrator's PIN
 * overlay, idle sign-out and the status strip. The only package that knows every screen.
 */
package app.holdpoint.ui.shell;
