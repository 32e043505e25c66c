/**
 * Wiring: the program's entry point ({@code App}), the kiosk window's start-up ({@code Kiosk}) and the
 * stand-alone audit window. Reads the command line and builds everything else; nothing depends on it.
 */
package app.holdpoint;
