package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Muscle;
import java.util.ArrayList;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MuscleCatalogTest {

    /** Every muscle the clinical reference names (sections 4.1-4.3), with the y band its trigger point lies in. */
    private static final Map<String, double[]> NAMED = Map.ofEntries(
            Map.entry("upper-trapezius", new double[] {0.14, 0.22}),
            Map.entry("sternocleidomastoid-sternal", new double[] {0.10, 0.18}),
            Map.entry("sternocleidomastoid-clavicular", new double[] {0.10, 0.19}),
            Map.entry("temporalis", new double[] {0.02, 0.12}),
            Map.entry("suboccipitals", new double[] {0.08, 0.14}),
            Map.entry("splenius-capitis", new double[] {0.09, 0.16}),
            Map.entry("splenius-cervicis", new double[] {0.11, 0.19}),
            Map.entry("levator-scapulae", new double[] {0.14, 0.24}),
            Map.entry("quadratus-lumborum", new double[] {0.36, 0.47}),
            Map.entry("gluteus-medius", new double[] {0.44, 0.54}),
            Map.entry("gluteus-minimus-anterior", new double[] {0.44, 0.56}),
            Map.entry("gluteus-minimus-posterior", new double[] {0.44, 0.56}),
            Map.entry("piriformis", new double[] {0.46, 0.56}),
            Map.entry("infraspinatus", new double[] {0.19, 0.30}),
            Map.entry("supraspinatus", new double[] {0.17, 0.22}),
            Map.entry("gastrocnemius", new double[] {0.72, 0.85}),
            Map.entry("soleus", new double[] {0.78, 0.94}),
            Map.entry("hamstrings", new double[] {0.55, 0.72}),
            Map.entry("rectus-femoris", new double[] {0.50, 0.62}),
            Map.entry("vastus-medialis", new double[] {0.60, 0.72}),
            Map.entry("tibialis-anterior", new double[] {0.72, 0.90}));

    @Test
    void every_muscle_the_reference_names_is_in_the_catalog_with_its_text() {
        assertThat(Library.catalog().muscles().keySet()).containsAll(NAMED.keySet());
        for (String id : NAMED.keySet()) {
            Muscle m = Library.catalog().muscle(id).orElseThrow();
            assertThat(m.name()).as(id).isNotBlank();
            assertThat(m.region()).as(id).isNotBlank();
            assertThat(m.triggerPoint()).as(id).isNotBlank();
            assertThat(m.referral()).as(id).isNotBlank();
            if (!id.equals("tibialis-anterior")) { // its referral comes from a blog with no source key (4.3)
                assertThat(m.sources()).as(id).isNotEmpty();
            }
        }
    }

    @Test
    void body_map_points_and_zones_lie_on_the_figures_left_side_within_the_picture() {
        for (Muscle m : Library.catalog().muscles().values()) {
            BodyMapMark map = m.map();
            assertThat(map.referralZone()).as(m.id()).hasSizeGreaterThanOrEqualTo(3);
            List<BodyMapMark.Point> all = new ArrayList<>(map.referralZone());
            all.add(map.triggerPoint());
            for (BodyMapMark.Point p : all) {
                assertThat(p.x()).as(m.id()).isBetween(0.0, 1.0);
                assertThat(p.y()).as(m.id()).isBetween(0.0, 1.0);
                // Front: the figure's left is on the viewer's right; back: on the viewer's left.
                if (map.view() == BodyMapMark.View.FRONT) {
                    assertThat(p.x()).as(m.id() + " front view, figure's left").isGreaterThanOrEqualTo(0.5);
                } else {
                    assertThat(p.x()).as(m.id() + " back view, figure's left").isLessThanOrEqualTo(0.5);
                }
                // Within the outline's width: shoulders +/- 0.14, arms to about +/- 0.18.
                assertThat(Math.abs(p.x() - 0.5)).as(m.id()).isLessThanOrEqualTo(0.19);
            }
            assertThat(map.triggerPoint().x()).as(m.id() + " trigger point off the midline").isNotEqualTo(0.5);
        }
    }

    @Test
    void each_trigger_point_is_drawn_at_the_height_of_its_muscle() {
        NAMED.forEach((id, band) -> assertThat(Library.catalog().muscle(id).orElseThrow().map().triggerPoint().y())
                .as(id).isBetween(band[0], band[1]));
    }

    @Test
    void muscles_are_drawn_in_the_view_where_their_trigger_point_is_palpated() {
        List<String> front = List.of("sternocleidomastoid-sternal", "sternocleidomastoid-clavicular", "temporalis",
                "gluteus-minimus-anterior", "rectus-femoris", "vastus-medialis", "tibialis-anterior");
        for (Muscle m : Library.catalog().muscles().values()) {
            assertThat(m.map().view()).as(m.id())
                    .isEqualTo(front.contains(m.id()) ? BodyMapMark.View.FRONT : BodyMapMark.View.BACK);
        }
    }

    @Test
    void both_heads_of_the_sternocleidomastoid_warn_pincer_grip_and_never_over_the_carotid_pulse() {
        for (String id : List.of("sternocleidomastoid-sternal", "sternocleidomastoid-clavicular")) {
            String precautions = String.join(" ", Library.catalog().muscle(id).orElseThrow().precautions());
            assertThat(precautions).as(id).containsIgnoringCase("pincer grip").containsIgnoringCase("carotid pulse");
        }
    }

    @Test
    void calf_muscles_warn_about_a_blood_clot_and_piriformis_about_the_sciatic_nerve() {
        for (String id : List.of("gastrocnemius", "soleus")) {
            assertThat(String.join(" ", Library.catalog().muscle(id).orElseThrow().precautions())).as(id)
                    .contains("DVT");
        }
        assertThat(String.join(" ", Library.catalog().muscle("piriformis").orElseThrow().precautions()))
                .containsIgnoringCase("sciatic nerve");
    }
}
