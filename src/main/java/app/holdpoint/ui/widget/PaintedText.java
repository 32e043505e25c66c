package app.holdpoint.ui.widget;

import java.util.List;

/**
 * A widget that paints text of its own (not through a label) and can say which of it did not fit whole, so a
 * layout check can tell a cut phase word or an ellipsised muscle name from one painted in full.
 */
public interface PaintedText {
    /** The texts this widget last painted shortened, clipped or ellipsised; empty when every text fit. */
    List<String> clippedTexts();
}
