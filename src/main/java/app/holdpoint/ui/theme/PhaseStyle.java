package app.holdpoint.ui.theme;

import java.awt.Color;

/**
 * How a phase kind looks: {@code background} is the tint behind its word and countdown, {@code foreground} the
 * text on it (at least 7:1), {@code accent} its progress ring and icon (at least 3:1 against the tint).
 */
public record PhaseStyle(Color background, Color foreground, Color accent) {
}
