/**
 * Charts of period summaries drawn with JFreeChart, for the audit workspace and the PDF reports.
 */
package app.holdpoint.audit.chart;
