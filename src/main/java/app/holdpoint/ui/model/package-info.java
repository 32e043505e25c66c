/**
 * Swing-free presentation models: what a screen shows and when (preparation rules, the runner's display,
 * engine wakes, idle rules), tested without a display.
 */
package app.holdpoint.ui.model;
