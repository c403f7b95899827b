package nl.onderstroom.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderstroom.map.MapExports;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.OwnQuestionResult;
import nl.onderstroom.map.graph.OwnQuestionFigures;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.map.graph.OrganisationMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A scan's connection map, for scripts and other tools: as JSON, GraphML and a CSV matrix. Only what the map shows
 * after the anonymity rules; never responses.
 */
@RestController
@RequestMapping("/api/v1/scans")
class MapApi {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType GRAPHML = new MediaType("application", "graphml+xml", java.nio.charset.StandardCharsets.UTF_8);

    private final MapService maps;

    MapApi(MapService maps) {
        this.maps = maps;
    }

    @GetMapping("/{id}/map")
    MapJson map(@PathVariable long id) {
        ScanResults results = maps.results(id);
        return json(results.map()).withMethod(results.method());
    }

    @GetMapping(value = "/{id}/map.graphml")
    ResponseEntity<String> graphml(@PathVariable long id) {
        String body = MapExports.graphml(maps.export(id).map());
        return ResponseEntity.ok().contentType(GRAPHML)
                .header("Content-Disposition", "attachment; filename=\"scan-" + id + "-map.graphml\"")
                .body(body);
    }

    @GetMapping(value = "/{id}/matrix.csv")
    ResponseEntity<String> matrix(@PathVariable long id) {
        String body = MapExports.matrixCsv(maps.export(id).map());
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"scan-" + id + "-matrix.csv\"")
                .body(body);
    }

    /** The advisor's own questions with their results, as documented in docs/api.md. */
    @GetMapping("/{id}/questions/results")
    Map<String, Object> questions(@PathVariable long id) {
        List<Map<String, Object>> questions = maps.ownQuestions(id).stream().map(MapApi::question).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", questions);
        return out;
    }

    private static Map<String, Object> question(OwnQuestionResult r) {
        QuestionSet.Question q = r.question();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", q.key());
        out.put("type", q.type().name());
        out.put("section", q.section().name());
        out.put("text", text(q.text()));
        if (q.type() == QuestionSet.Type.CHOICE) {
            out.put("choices", q.choices().stream().map(MapApi::text).toList());
        }
        if (q.type() == QuestionSet.Type.TEXT) {
            out.put("organisation", Map.of("texts", r.organisationTexts()));
        } else {
            out.put("organisation", figure(q, r.organisation()));
        }
        List<Map<String, Object>> departments = new java.util.ArrayList<>();
        for (OwnQuestionResult.DepartmentRow row : r.departments()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", row.departmentId());
            d.put("name", row.name());
            if (q.type() == QuestionSet.Type.TEXT) {
                d.put("texts", row.texts());
            } else {
                d.putAll(figure(q, row.figure()));
            }
            departments.add(d);
        }
        out.put("departments", departments);
        return out;
    }

    /** A figure: {@code answers} null when not shown; a choice's {@code counts} and {@code shares} null where hidden. */
    private static Map<String, Object> figure(QuestionSet.Question q, OwnQuestionFigures.Figure f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answers", f.answers());
        if (q.type() == QuestionSet.Type.RATING) {
            out.put("mean", f.mean());
        } else {
            List<Integer> counts = new java.util.ArrayList<>();
            List<Double> shares = new java.util.ArrayList<>();
            for (int o = 0; o < q.choices().size(); o++) {
                counts.add(o < f.optionCounts().size() ? f.optionCounts().get(o) : null);
                shares.add(f.share(o));
            }
            out.put("counts", counts);
            out.put("shares", shares);
        }
        return out;
    }

    private static Map<String, String> text(QuestionSet.LocalText t) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("en", t.en());
        out.put("nl", t.nl());
        return out;
    }

    /** The documented JSON shape (docs/api.md): see {@link MapJson}. */
    static MapJson json(OrganisationMap map) {
        return MapJson.of(map);
    }
}
