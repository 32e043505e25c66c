/**
 * The session engine: a state machine over a protocol's timeline, driven by an injected monotonic
 * ticker, answering commands with typed results and emitting the events the record keeps. No Swing, no SQL.
 */
package app.holdpoint.session;
