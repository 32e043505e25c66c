package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.RepaintManager;

import org.junit.jupiter.api.Test;

import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.GuiTest;
import java.awt.Component;

/** What Swing paints is flushed to the display in the same paint cycle, not at the toolkit's next flush. */
@GuiTest
class ShownAtOnceTest {
    @Test
    void eachPaintCycleThatPaintedIsFlushedOnce() {
        AtomicInteger flushes = new AtomicInteger();
        RepaintManager before = Edt.call(() -> RepaintManager.currentManager((Component) null));
        JFrame frame = Edt.call(() -> {
            JFrame shown = new JFrame("shown at once");
            shown.add(new JLabel("0 taps"));
            shown.setSize(200, 100);
            shown.setVisible(true);
            return shown;
        });
        try {
            int counted = Edt.call(() -> {
                ShownAtOnce manager = new ShownAtOnce(flushes::incrementAndGet);
                RepaintManager.setCurrentManager(manager);
                JLabel label = (JLabel) frame.getContentPane().getComponent(0);
                label.setText("1 tap");
                manager.addDirtyRegion(label, 0, 0, label.getWidth(), label.getHeight());
                manager.paintDirtyRegions();
                return flushes.get();
            });
            assertThat(counted).isEqualTo(1);
        } finally {
            Edt.run(() -> {
                RepaintManager.setCurrentManager(before);
                frame.dispose();
            });
        }
    }
}
