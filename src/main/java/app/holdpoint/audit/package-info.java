/**
 * Reading the record for people: session lists and details, wall times, clock notes, integrity wording
 * and the text forms the command line prints.
 */
package app.holdpoint.audit;
