/**
 * Touch building blocks reused by every screen: big buttons, keypads, the countdown dial, the pain scale,
 * the body map, wrapping read-only text and scrolling helpers. Know no screen and no store.
 */
package app.holdpoint.ui.widget;
