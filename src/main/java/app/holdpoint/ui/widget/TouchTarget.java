package app.holdpoint.ui.widget;

import java.awt.Dimension;

import javax.swing.JComponent;

import app.holdpoint.ui.theme.Theme;

/** Makes anything a finger has to hit at least the theme's touch minimum in both directions. */
public final class TouchTarget {
    private TouchTarget() {
    }

    /** Raises the component's minimum and preferred size to at least {@code Holdpoint.touch.minimum}. */
    public static <C extends JComponent> C atLeastMinimum(C component, Theme theme) {
        return atLeast(component, new Dimension(theme.touchMinimum(), theme.touchMinimum()));
    }

    /** Raises the component's minimum and preferred size to at least the given size. */
    public static <C extends JComponent> C atLeast(C component, Dimension size) {
        Dimension min = component.getMinimumSize();
        component.setMinimumSize(new Dimension(Math.max(min.width, size.width), Math.max(min.height, size.height)));
        Dimension pref = component.getPreferredSize();
        component.setPreferredSize(new Dimension(Math.max(pref.width, size.width),
                Math.max(pref.height, size.height)));
        return component;
    }
}
