package app.holdpoint.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a GUI test class: it fails (does not skip) without a display, and any Swing call off the Event Dispatch
 * Thread fails the test. Build components with {@code GuiActionRunner.execute(...)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GuiTestExtension.class)
public @interface GuiTest {
}
