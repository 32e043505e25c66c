/**
 * Synthetic clinic history for demonstrations and benchmarks: scripted runs of the real session engine,
 * sealed through the real store. A tool used by the command line, not part of the record itself.
 */
package app.holdpoint.demo;
