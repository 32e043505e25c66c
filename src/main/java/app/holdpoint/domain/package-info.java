/**
 * Domain values: the limits a person's input must meet (pain score, PIN, client reference, note length), each
 * written once as a small type that the widgets, the engine, the store and the command line all check against.
 * Depends on nothing of ours.
 */
package app.holdpoint.domain;
