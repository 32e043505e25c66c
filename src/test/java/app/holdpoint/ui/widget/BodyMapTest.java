package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.BodyMapMark.Point;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import java.awt.Graphics2D;

@GuiTest
class BodyMapTest {
    private static final BodyMapMark SHOULDER = new BodyMapMark(BodyMapMark.View.BACK, new Point(0.42, 0.175),
            List.of(new Point(0.455, 0.16), new Point(0.46, 0.13), new Point(0.47, 0.16)));
    private static final BodyMapMark HIP_FRONT = new BodyMapMark(BodyMapMark.View.FRONT, new Point(0.59, 0.49),
            List.of(new Point(0.6, 0.51), new Point(0.615, 0.55), new Point(0.59, 0.72)));

    private BodyMap map;

    @BeforeEach
    void build() {
        Theme theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        map = GuiActionRunner.execute(() -> {
            BodyMap m = new BodyMap(theme, new Text(Locale.ENGLISH));
            m.setSize(360, 520);
            return m;
        });
    }

    private List<Point2D> pointsFor(BodyMapMark mark, Side side) {
        return GuiActionRunner.execute(() -> {
            map.show(mark, side);
            return map.triggerPointsOnScreen();
        });
    }

    private double midline() {
        return GuiActionRunner.execute(() -> map.silhouetteOnScreen().getBounds2D().getCenterX());
    }

    @Test
    void fromBehindTheLeftSideIsOnTheViewersLeft() {
        List<Point2D> left = pointsFor(SHOULDER, Side.LEFT);
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getX()).isLessThan(midline());
        assertThat(map.view()).isEqualTo(BodyMapMark.View.BACK);
    }

    @Test
    void theRightSideIsTheMirrorImage() {
        double left = pointsFor(SHOULDER, Side.LEFT).get(0).getX();
        double right = pointsFor(SHOULDER, Side.RIGHT).get(0).getX();
        assertThat(right).isGreaterThan(midline());
        assertThat(left + right).isCloseTo(2 * midline(), Offset.offset(1.0));
    }

    @Test
    void fromTheFrontTheLeftSideIsOnTheViewersRight() {
        assertThat(pointsFor(HIP_FRONT, Side.LEFT).get(0).getX()).isGreaterThan(midline());
        assertThat(pointsFor(HIP_FRONT, Side.RIGHT).get(0).getX()).isLessThan(midline());
        assertThat(map.view()).isEqualTo(BodyMapMark.View.FRONT);
    }

    private int[] painted(BodyMapMark mark, Side side, int width, int height) {
        return GuiActionRunner.execute(() -> {
            map.setSize(width, height);
            map.show(mark, side);
            BufferedImage image = new BufferedImage(width, height,
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            map.paint(g);
            g.dispose();
            return image.getRGB(0, 0, width, height, null, 0, width);
        });
    }

    @Test
    void aZoneCutOnceIsPaintedTheSameWhenShownAgainAndNeverForAnotherSideSizeOrMark() {
        int[] first = painted(SHOULDER, Side.LEFT, 360, 520);
        int[] right = painted(SHOULDER, Side.RIGHT, 360, 520);
        int[] other = painted(HIP_FRONT, Side.LEFT, 360, 520);
        int[] larger = painted(SHOULDER, Side.LEFT, 420, 600);
        int[] again = painted(SHOULDER, Side.LEFT, 360, 520);

        assertThat(again).isEqualTo(first);
        assertThat(right).isNotEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(larger).hasSize(420 * 600);
        // A fresh map (nothing cached) paints exactly what the reused one does.
        BodyMap fresh = GuiActionRunner.execute(() -> new BodyMap(Theme.install(Theme.Variant.DARK),
                new Text(Locale.ENGLISH)));
        map = fresh;
        assertThat(painted(SHOULDER, Side.LEFT, 360, 520)).isEqualTo(first);
    }

    @Test
    void aMarkPreparedAheadPaintsWhatAPaintWouldCutAndCutsNothingMore() {
        int[] cutWhenPainted = painted(SHOULDER, Side.RIGHT, 360, 520);
        // A mark whose referral reaches the other view: both views are cut ahead.
        BodyMapMark twoViews = TestProtocols.catalog().muscles().values().stream().map(Muscle::map)
                .filter(mark -> mark != null && !mark.otherViewZone().isEmpty()).findFirst().orElseThrow();
        int[] twoViewsWhenPainted = painted(twoViews, Side.LEFT, 360, 520);

        map = GuiActionRunner.execute(() -> {
            BodyMap fresh = new BodyMap(Theme.install(Theme.Variant.DARK), new Text(Locale.ENGLISH));
            fresh.setSize(360, 520);
            fresh.prepare(SHOULDER, Side.RIGHT);
            fresh.prepare(twoViews, Side.LEFT);
            return fresh;
        });
        Pause.pause(new Condition("three zone sets cut ahead") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> map.cutsKept()) == 3;
            }
        }, Timeout.timeout(20_000));

        assertThat(painted(SHOULDER, Side.RIGHT, 360, 520)).isEqualTo(cutWhenPainted);
        assertThat(painted(twoViews, Side.LEFT, 360, 520)).isEqualTo(twoViewsWhenPainted);
        assertThat(GuiActionRunner.execute(() -> map.cutsKept())).as("nothing cut again at paint time").isEqualTo(3);
    }

    @Test
    void bothSidesMarkBoth() {
        assertThat(pointsFor(SHOULDER, Side.BOTH)).hasSize(2);
    }

    @Test
    void theFigureKeepsItsProportionsAndFillsTheHeight() {
        Shape body = GuiActionRunner.execute(() -> {
            map.show(SHOULDER, Side.LEFT);
            return map.silhouetteOnScreen();
        });
        double height = body.getBounds2D().getHeight();
        double width = body.getBounds2D().getWidth();
        assertThat(height).as("most of the 520 px").isGreaterThan(400);
        assertThat(width / height).as("an adult with arms by the sides").isBetween(0.28, 0.38);
    }

    @Test
    void everyCatalogTriggerPointLiesOnTheBody() {
        var catalog = TestProtocols.catalog();
        assertThat(catalog.muscles()).isNotEmpty();
        Shape body = BodyOutline.silhouette(1, 1);
        for (Muscle muscle : catalog.muscles().values()) {
            if (muscle.map() == null) {
                continue;
            }
            Point p = muscle.map().triggerPoint();
            assertThat(body.contains(p.x(), p.y())).as("%s left", muscle.id()).isTrue();
            assertThat(body.contains(p.mirrored().x(), p.mirrored().y())).as("%s right", muscle.id()).isTrue();
        }
    }

    @Test
    void anOutlineWithoutAMarkPaints() {
        GuiActionRunner.execute(() -> map.showOutline(BodyMapMark.View.FRONT));
        Frames.paint(map, 360, 520);
        assertThat(GuiActionRunner.execute(() -> map.triggerPointsOnScreen())).isEmpty();
        GuiActionRunner.execute(() -> map.show((Muscle) null, Side.LEFT));
        Frames.paint(map, 200, 300);
    }

    @Test
    void marksPaintInBothViewsAndAllSides() {
        for (Side side : Side.values()) {
            GuiActionRunner.execute(() -> map.show(SHOULDER, side));
            Frames.paint(map, 360, 520);
            GuiActionRunner.execute(() -> map.show(HIP_FRONT, side));
            Frames.paint(map, 360, 520);
        }
    }
}
