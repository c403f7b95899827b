package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's answers while they answer: the content of a draft (JSON) and what is submitted. Mutable, so the
 * respondent's screens can bind to it; the service cleans and checks it on every save and on submission.
 */
public class SurveyAnswers {

    /** One connection: the respondent's view of the work with {@code targetId}. */
    public static class ConnectionAnswer {
        private Long targetId;
        private Frequency frequency;
        private Integer importance;
        private Integer flow;
        private Stop stop;
        private String story;
        private List<String> storyThemes = new ArrayList<>();

        public ConnectionAnswer() {
        }

        public ConnectionAnswer(Long targetId) {
            this.targetId = targetId;
        }

        public Long getTargetId() {
            return targetId;
        }

        public void setTargetId(Long targetId) {
            this.targetId = targetId;
        }

        public Frequency getFrequency() {
            return frequency;
        }

        public void setFrequency(Frequency frequency) {
            this.frequency = frequency;
        }

        public Integer getImportance() {
            return importance;
        }

        public void setImportance(Integer importance) {
            this.importance = importance;
        }

        public Integer getFlow() {
            return flow;
        }

        public void setFlow(Integer flow) {
            this.flow = flow;
        }

        public Stop getStop() {
            return stop;
        }

        public void setStop(Stop stop) {
            this.stop = stop;
        }

        public String getStory() {
            return story;
        }

        public void setStory(String story) {
            this.story = story;
        }

        public List<String> getStoryThemes() {
            return storyThemes;
        }

        public void setStoryThemes(List<String> storyThemes) {
            this.storyThemes = storyThemes == null ? new ArrayList<>() : new ArrayList<>(storyThemes);
        }
    }

    private Long departmentId;
    private int step;
    private List<ConnectionAnswer> connections = new ArrayList<>();
    private Integer innerFlow;
    private Map<String, Integer> themes = new LinkedHashMap<>();
    private Map<String, String> texts = new LinkedHashMap<>();
    private Map<String, Integer> ratings = new LinkedHashMap<>();
    private Map<String, String> custom = new LinkedHashMap<>();

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    /** The step the respondent was on, so they resume there. */
    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public List<ConnectionAnswer> getConnections() {
        return connections;
    }

    public void setConnections(List<ConnectionAnswer> connections) {
        this.connections = connections == null ? new ArrayList<>() : new ArrayList<>(connections);
    }

    public Optional<ConnectionAnswer> connection(long targetId) {
        return connections.stream().filter(c -> c.getTargetId() != null && c.getTargetId() == targetId).findFirst();
    }

    public Integer getInnerFlow() {
        return innerFlow;
    }

    public void setInnerFlow(Integer innerFlow) {
        this.innerFlow = innerFlow;
    }

    /** Theme key to intensity 0–4. */
    public Map<String, Integer> getThemes() {
        return themes;
    }

    public void setThemes(Map<String, Integer> themes) {
        this.themes = themes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(themes);
    }

    /** Open answers by question key: {@code undercurrents.open} and the identity questions. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, String> texts) {
        this.texts = texts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(texts);
    }

    /** Identity ratings 1–5 by question key ({@code identity.identity}, ...). */
    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public void setRatings(Map<String, Integer> ratings) {
        this.ratings = ratings == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ratings);
    }

    /** Answers to the advisor's own questions by key: a rating as "1".."5", a choice as its index, or text. */
    public Map<String, String> getCustom() {
        return custom;
    }

    public void setCustom(Map<String, String> custom) {
        this.custom = custom == null ? new LinkedHashMap<>() : new LinkedHashMap<>(custom);
    }
}
