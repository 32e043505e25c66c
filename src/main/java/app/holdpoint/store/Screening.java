package app.holdpoint.store;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import app.holdpoint.store.NewSession.ScreeningAnswer;

/**
 * Screening answers as one JSON text column, e.g. {@code [{"question":"fever","answer":false}]}: readable in
 * any SQL console, and hashed exactly as stored.
 */
final class Screening {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Screening() {
    }

    static String encode(List<ScreeningAnswer> answers) {
        ArrayNode array = JSON.createArrayNode();
        for (ScreeningAnswer answer : answers) {
            array.addObject().put("question", answer.questionId()).put("answer", answer.answer());
        }
        return array.toString();
    }

    static List<ScreeningAnswer> decode(String text) {
        try {
            List<ScreeningAnswer> answers = new ArrayList<>();
            for (JsonNode node : JSON.readTree(text)) {
                answers.add(new ScreeningAnswer(node.path("question").asText(), node.path("answer").asBoolean()));
            }
            return answers;
        } catch (JsonProcessingException e) {
            throw new StoreException("stored screening answers are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
