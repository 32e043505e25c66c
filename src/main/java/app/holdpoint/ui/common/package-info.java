/**
 * The contracts screens share and the shell implements: services, the signed-in therapist, administrator
 * authorisation, PIN wording, background work and the wake scheduler. Knows no screen.
 */
package app.holdpoint.ui.common;
