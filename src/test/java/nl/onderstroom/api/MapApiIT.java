package nl.onderstroom.api;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.FakeScanTallies;
import nl.onderstroom.map.FakeScanTalliesConfiguration;
import nl.onderstroom.map.MapFixture;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The map API on MariaDB: the documented JSON shape, GraphML that parses, the CSV matrix, and who may call it. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(FakeScanTalliesConfiguration.class)
class MapApiIT {

    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;

    MapFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.CLOSED);
    }

    private String as(nl.onderstroom.security.AccountSummary account, String path, int expectedStatus) throws Exception {
        return mvc.perform(get(path).with(httpBasic(account.email(), TestUsers.PASSWORD)))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_map_json_has_the_documented_fields_and_suppressed_items_carry_no_figures() throws Exception {
        JsonNode map = json.readTree(as(fixture.advisor, "/api/v1/scans/" + fixture.scanId + "/map", 200));
        assertThat(map.get("nodes")).hasSize(6);
        JsonNode node = map.get("nodes").get(0);
        for (String field : List.of("id", "name", "respondents", "cohesion", "eiIndex", "betweenness", "cluster", "island")) {
            assertThat(node.has(field)).as(field).isTrue();
        }
        Set<Long> ids = new HashSet<>();
        map.get("nodes").forEach(n -> ids.add(n.get("id").asLong()));
        List<String> listed = new java.util.ArrayList<>();
        for (JsonNode edge : map.get("edges")) {
            assertThat(ids).contains(edge.get("source").asLong(), edge.get("target").asLong());
            assertThat(edge.has("suppressed")).isFalse();
            for (String field : List.of("respondents", "flow", "importance", "stopsShare")) {
                assertThat(edge.has(field)).as(field).isTrue();
            }
            listed.add(edge.get("source").asLong() + "->" + edge.get("target").asLong());
        }
        assertThat(listed).as("Field -> Desk has 3 respondents: not listed, like an unrated pair").hasSize(12)
                .doesNotContain(fixture.departments[4] + "->" + fixture.departments[5]);
        assertThat(map.get("metrics").has("suppressedEdges")).isFalse();
        for (String metric : List.of("density", "reciprocity", "modularity")) {
            assertThat(map.get("metrics").has(metric)).as(metric).isTrue();
        }
        assertThat(map.toString()).doesNotContain("Story");
    }

    @Test
    void the_graphml_is_well_formed_declares_its_keys_and_is_directed() throws Exception {
        String body = as(fixture.advisor, "/api/v1/scans/" + fixture.scanId + "/map.graphml", 200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GRAPHML);
        Set<String> keys = new HashSet<>();
        NodeList keyElements = doc.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(((Element) keyElements.item(i)).getAttribute("id"));
        }
        Element graph = (Element) doc.getElementsByTagNameNS(GRAPHML, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        Set<String> nodeIds = new HashSet<>();
        NodeList nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(nodeIds).hasSize(6);
        NodeList data = doc.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
        }
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            Map<String, String> values = new java.util.HashMap<>();
            NodeList edgeData = edge.getElementsByTagNameNS(GRAPHML, "data");
            for (int j = 0; j < edgeData.getLength(); j++) {
                values.put(((Element) edgeData.item(j)).getAttribute("key"), edgeData.item(j).getTextContent());
            }
            assertThat(values).containsKeys("e_flow", "e_respondents").doesNotContainKey("e_suppressed");
        }
        assertThat(edges.getLength()).as("the hidden Field -> Desk is left out").isEqualTo(12);
    }

    @Test
    void the_matrix_csv_has_a_row_and_column_per_department_and_leaves_hidden_cells_empty_like_unrated_ones() throws Exception {
        String csv = as(fixture.advisor, "/api/v1/scans/" + fixture.scanId + "/matrix.csv", 200);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).split(";", -1)).hasSize(7);
        String fieldRow = lines.stream().filter(l -> l.startsWith("Field;")).findFirst().orElseThrow();
        assertThat(fieldRow.split(";", -1)).as("Field rated Sales (shown) and Desk (hidden)")
                .containsExactly("Field", "4", "", "", "", "", "");
        assertThat(csv).doesNotContain("suppressed");
        String salesRow = lines.stream().filter(l -> l.startsWith("Sales;")).findFirst().orElseThrow();
        assertThat(salesRow.split(";", -1)).contains("1", "5");
    }

    @Test
    void directors_and_other_organisations_get_no_map_from_the_api() throws Exception {
        fixture.status(ScanStatus.PUBLISHED);
        as(fixture.director, "/api/v1/scans/" + fixture.scanId + "/map", 403);
        as(fixture.otherAdvisor, "/api/v1/scans/" + fixture.scanId + "/map", 404);
        as(fixture.otherAdvisor, "/api/v1/scans/" + fixture.scanId + "/map.graphml", 404);
        as(fixture.otherAdvisor, "/api/v1/scans/" + fixture.scanId + "/matrix.csv", 404);
        mvc.perform(get("/api/v1/scans/" + fixture.scanId + "/map")).andExpect(status().isUnauthorized());
    }
}
