/**
 * Tones and spoken cues: synthesis, mixing and playback on a sound thread, silent when no sound card.
 */
package app.holdpoint.ui.sound;
