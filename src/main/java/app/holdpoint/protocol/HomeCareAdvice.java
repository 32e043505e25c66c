package app.holdpoint.protocol;

/** Advice a client takes home, from the home-care catalog. */
public record HomeCareAdvice(String id, String title, String text) {
}
