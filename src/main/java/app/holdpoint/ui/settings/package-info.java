/**
 * The kiosk's own settings (volume, theme, language, pedals, backups): the file they live in and the live
 * copy screens listen to.
 */
package app.holdpoint.ui.settings;
