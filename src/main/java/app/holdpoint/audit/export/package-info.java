/**
 * Files an auditor takes away: sessions and phases CSV, session and period PDF reports, written
 * atomically so a failed export never leaves half a file.
 */
package app.holdpoint.audit.export;
