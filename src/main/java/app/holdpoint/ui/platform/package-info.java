/**
 * What the operating system must do for a kiosk: keeping the display awake during a session (X11 through
 * JNA; Windows; Wayland logged).
 */
package app.holdpoint.ui.platform;
