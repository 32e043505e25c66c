package app.holdpoint.protocol;

import java.util.List;

/**
 * A muscle from the catalog: where its trigger point typically lies, where it refers pain, what to take care
 * of, and where to draw both on a body outline.
 */
public record Muscle(
        String id,
        String name,
        String region,
        String triggerPoint,
        String referral,
        List<String> precautions,
        List<String> sources,
        BodyMapMark map) {

    public Muscle {
        precautions = List.copyOf(precautions);
        sources = List.copyOf(sources);
    }
}
