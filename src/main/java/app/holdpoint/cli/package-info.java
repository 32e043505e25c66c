/**
 * The picocli commands ({@code holdpoint validate}, {@code audit}, {@code verify}, {@code therapist}, …) and
 * where they find the data folder, protocols and credentials.
 */
package app.holdpoint.cli;
