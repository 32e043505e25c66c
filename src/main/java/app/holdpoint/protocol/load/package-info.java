/**
 * Reading protocol files: strict UTF-8, YAML with located errors, catalogs (muscles, screening,
 * home care), translations, and the library of a folder. Turns files into {@code app.holdpoint.protocol} records.
 */
package app.holdpoint.protocol.load;
