package nl.onderstroom.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Question sets and draft answers to and from JSON. */
@Component
class QuestionSets {

    private final ObjectMapper json;

    QuestionSets(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    QuestionSet read(String text) {
        return parse(text, QuestionSet.class);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    SurveyAnswers answers(String text) {
        return parse(text, SurveyAnswers.class);
    }

    <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            // the message could quote an answer: say only what failed
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable JSON");
        }
    }
}
