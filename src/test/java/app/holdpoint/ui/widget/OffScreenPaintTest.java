package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Graphics;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;

/** A page built behind the one showing is laid out and painted once off screen, and stays hidden. */
@GuiTest
class OffScreenPaintTest {

    @Test
    void aHiddenCardIsLaidOutAndPaintedWithoutShowing() {
        AtomicInteger paints = new AtomicInteger();
        JPanel cards = GuiActionRunner.execute(() -> {
            JPanel panel = new JPanel(new CardLayout());
            panel.add(new JLabel("showing"), "front");
            return panel;
        });
        JFrame frame = Frames.show(cards, new Dimension(640, 400));
        try {
            JPanel behind = GuiActionRunner.execute(() -> {
                JPanel page = new JPanel(new BorderLayout());
                page.add(counting(paints), BorderLayout.CENTER);
                // Just added, not laid out yet: rehearse gives it the cards' size.
                cards.add(page, "behind");
                return page;
            });
            GuiActionRunner.execute(() -> OffScreenPaint.rehearse(behind));

            assertThat(paints).hasValue(1);
            assertThat(GuiActionRunner.execute(() -> behind.getComponent(0).getSize()))
                    .as("laid out at the cards' size").isEqualTo(GuiActionRunner.execute(() -> cards.getSize()));
            assertThat(GuiActionRunner.execute(() -> behind.isShowing())).isFalse();
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
    }

    @Test
    void aPageInNoWindowIsLeftAlone() {
        AtomicInteger paints = new AtomicInteger();
        JComponent page = GuiActionRunner.execute(() -> counting(paints));
        GuiActionRunner.execute(() -> {
            page.setSize(100, 100);
            OffScreenPaint.rehearse(page);
            return null;
        });
        assertThat(paints).hasValue(0);
    }

    private static JComponent counting(AtomicInteger paints) {
        return new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                paints.incrementAndGet();
            }
        };
    }
}
