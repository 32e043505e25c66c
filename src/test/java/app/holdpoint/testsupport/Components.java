package app.holdpoint.testsupport;

import java.awt.Component;
import java.awt.Container;

/** Finding a component by its name in a tree of them, the way the kiosk's tests address what they tap and read. */
public final class Components {
    private Components() {
    }

    /** The first component named {@code name} below {@code parent} (depth first, showing or not); null if none. */
    public static Component named(Container parent, String name) {
        for (Component child : parent.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = named(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
