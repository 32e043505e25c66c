package app.holdpoint.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.holdpoint.store.NewSession.ScreeningAnswer;
import app.holdpoint.store.NewSession.TriggerPoints;

/**
 * The preparation's JSON text columns, readable in any SQL console and hashed exactly as stored: screening
 * answers ({@code [{"question":"fever","answer":false},{"question":"osteoporosis","answer":true,
 * "carriedFrom":12}]}; an answer given today has no {@code carriedFrom}, so older rows read and hash as before),
 * precaution lines (a JSON array of strings) and the trigger-point choice
 * ({@code {"treated":["upper-trapezius left"],"left":["upper-trapezius right"]}}).
 */
final class Screening {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Screening() {
    }

    static String encode(List<ScreeningAnswer> answers) {
        ArrayNode array = JSON.createArrayNode();
        for (ScreeningAnswer answer : answers) {
            ObjectNode node = array.addObject().put("question", answer.questionId()).put("answer", answer.answer());
            answer.carriedFromSession().ifPresent(session -> node.put("carriedFrom", session));
        }
        return array.toString();
    }

    static List<ScreeningAnswer> decode(String text) {
        List<ScreeningAnswer> answers = new ArrayList<>();
        for (JsonNode node : read(text, "screening answers")) {
            JsonNode from = node.path("carriedFrom");
            answers.add(new ScreeningAnswer(node.path("question").asText(), node.path("answer").asBoolean(),
                    from.isIntegralNumber() ? OptionalLong.of(from.asLong()) : OptionalLong.empty()));
        }
        return answers;
    }

    /** Question id → answer, in the order stored. */
    static Map<String, Boolean> answers(String text) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ScreeningAnswer answer : decode(text)) {
            answers.put(answer.questionId(), answer.answer());
        }
        return answers;
    }

    /** Precaution lines; {@code null} (a session recorded before they were kept) reads as none. */
    static String encodeLines(List<String> lines) {
        ArrayNode array = JSON.createArrayNode();
        lines.forEach(array::add);
        return array.toString();
    }

    static List<String> decodeLines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        read(text, "precaution lines").forEach(node -> lines.add(node.asText()));
        return lines;
    }

    /** {@code null} when every trigger point ran (no choice was made). */
    static String encodePoints(Optional<TriggerPoints> points) {
        if (points.isEmpty()) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        points.get().treated().forEach(node.putArray("treated")::add);
        points.get().leftForNextTime().forEach(node.putArray("left")::add);
        return node.toString();
    }

    static Optional<TriggerPoints> decodePoints(String text) {
        if (text == null) {
            return Optional.empty();
        }
        JsonNode node = read(text, "trigger-point choice");
        List<String> treated = new ArrayList<>();
        node.path("treated").forEach(point -> treated.add(point.asText()));
        List<String> left = new ArrayList<>();
        node.path("left").forEach(point -> left.add(point.asText()));
        return Optional.of(new TriggerPoints(treated, left));
    }

    private static JsonNode read(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read the stored " + what + " (not valid JSON): " + e.getOriginalMessage(), e);
        }
    }
}
