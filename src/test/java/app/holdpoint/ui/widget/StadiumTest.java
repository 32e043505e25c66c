package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.junit.jupiter.api.Test;

class StadiumTest {

    @Test
    void aSquareStadiumIsACircle() {
        Stadium circle = new Stadium(0, 0, 200, 200);
        assertThat(circle.perimeter()).isCloseTo(Math.PI * 200, offset(1e-9));
        assertThat(circle.pointAt(0.25).getX()).isCloseTo(200, offset(1e-9));
        assertThat(circle.pointAt(0.25).getY()).isCloseTo(100, offset(1e-9));
    }

    @Test
    void itStartsAtTheTopCentreAndRunsClockwise() {
        Stadium track = new Stadium(10, 20, 600, 200);
        Point2D start = track.pointAt(0);
        assertThat(start.getX()).isCloseTo(310, offset(1e-9));
        assertThat(start.getY()).isCloseTo(20, offset(1e-9));
        assertThat(track.pointAt(0.05).getX()).as("clockwise = to the right along the top").isGreaterThan(310);
        Point2D half = track.pointAt(0.5);
        assertThat(half.getX()).isCloseTo(310, offset(1e-6));
        assertThat(half.getY()).isCloseTo(220, offset(1e-6));
        assertThat(track.pointAt(1).distance(start)).isLessThan(1e-6);
    }

    @Test
    void normalsPointOutwards() {
        Stadium track = new Stadium(0, 0, 600, 200);
        assertThat(track.normalAt(0).getY()).isEqualTo(-1);
        assertThat(track.normalAt(0.5).getY()).isCloseTo(1, offset(1e-9));
        Point2D rightMiddle = track.normalAt(0.25);
        assertThat(rightMiddle.getX()).isCloseTo(1, offset(1e-6));
    }

    @Test
    void aSegmentCoversOnlyItsPart() {
        Stadium track = new Stadium(0, 0, 600, 200);
        Rectangle2D topRight = track.segment(0, 0.1).getBounds2D();
        assertThat(topRight.getMinX()).isGreaterThanOrEqualTo(299.9);
        assertThat(track.partial(1).getBounds2D().getWidth()).isCloseTo(600, offset(0.5));
    }

    @Test
    void theInsideIsWidestAtTheCentreLine() {
        Stadium track = new Stadium(0, 0, 600, 200);
        assertThat(track.halfWidthAt(0)).isCloseTo(300, offset(1e-9));
        assertThat(track.halfWidthAt(100)).isCloseTo(200, offset(1e-9));
        assertThat(track.halfWidthAt(60)).isBetween(200.0, 300.0);
    }
}
