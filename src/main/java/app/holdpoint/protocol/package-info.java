/**
 * The protocol model: immutable records for a trigger-point therapy protocol, its steps, citations and
 * screening, and the expanded timeline of phases ({@code TimelineExpander}). Depends on nothing of ours.
 */
package app.holdpoint.protocol;
