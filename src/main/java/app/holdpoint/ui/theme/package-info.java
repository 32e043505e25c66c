/**
 * The FlatLaf theme: colours and sizes from properties, phase styles and icons, contrast checks, UI scale.
 */
package app.holdpoint.ui.theme;
