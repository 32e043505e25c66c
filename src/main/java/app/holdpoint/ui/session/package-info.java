/**
 * The screens of one session: preparation, screening, the runner with its dial and side column,
 * finish and summary, and the hand-off of engine events to the record and to sound.
 */
package app.holdpoint.ui.session;
