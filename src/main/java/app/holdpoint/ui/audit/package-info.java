/**
 * The audit workspace: filters, the session list, a session's detail, period summaries, addenda and exports.
 */
package app.holdpoint.ui.audit;
