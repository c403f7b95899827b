package nl.onderstroom.map;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.onderstroom.base.csv.CsvWriter;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * Files made from a computed map, for other tools. They carry only what the map shows: a suppressed department is
 * present (so the picture is complete) but marked suppressed and without figures; a hidden connection is absent,
 * exactly like one that nobody rated. Never responses.
 */
public final class MapExports {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private MapExports() {
    }

    private record Key(String id, String domain, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("n_name", "node", "name", "string"),
            new Key("n_parent", "node", "parent", "string"),
            new Key("n_suppressed", "node", "suppressed", "boolean"),
            new Key("n_respondents", "node", "respondents", "int"),
            new Key("n_countHidden", "node", "countHidden", "boolean"),
            new Key("n_cohesion", "node", "cohesion", "double"),
            new Key("n_externalFlow", "node", "externalFlow", "double"),
            new Key("n_eiIndex", "node", "eiIndex", "double"),
            new Key("n_betweenness", "node", "betweenness", "double"),
            new Key("n_cluster", "node", "cluster", "int"),
            new Key("n_island", "node", "island", "boolean"),
            new Key("n_broker", "node", "broker", "boolean"),
            new Key("e_respondents", "edge", "respondents", "int"),
            new Key("e_flow", "edge", "flow", "double"),
            new Key("e_importance", "edge", "importance", "double"),
            new Key("e_stopsShare", "edge", "stopsShare", "double"),
            new Key("e_working", "edge", "working", "boolean"));

    /**
     * The map as GraphML 1.0 (opens in Gephi and Cytoscape desktop): typed attribute keys, one directed edge per
     * shown connection, node ids {@code d<departmentId>}.
     */
    public static String graphml(OrganisationMap map) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            xml.writeNamespace("xsi", XSI_NS);
            xml.writeAttribute(XSI_NS, "schemaLocation",
                    GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            for (Key key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.domain());
                xml.writeAttribute("attr.name", key.name());
                xml.writeAttribute("attr.type", key.type());
                xml.writeCharacters("\n");
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "map");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            Map<Long, String> names = new HashMap<>();
            map.nodes().forEach(n -> names.put(n.id(), n.name()));
            for (MapNode node : map.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", "d" + node.id());
                data(xml, "n_name", node.name());
                if (node.parentId() != null) {
                    data(xml, "n_parent", names.get(node.parentId()));
                }
                data(xml, "n_suppressed", node.suppressed());
                NodeFigures f = node.figures();
                if (f != null) {
                    data(xml, "n_respondents", f.respondents());
                    data(xml, "n_countHidden", f.countHidden());
                    data(xml, "n_cohesion", f.cohesion());
                    data(xml, "n_externalFlow", f.externalFlow());
                    data(xml, "n_eiIndex", f.eiIndex());
                    data(xml, "n_betweenness", f.betweenness());
                    data(xml, "n_cluster", f.clusterId());
                    data(xml, "n_island", f.island());
                    data(xml, "n_broker", f.broker());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int i = 0;
            for (MapEdge edge : map.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + (++i));
                xml.writeAttribute("source", "d" + edge.from());
                xml.writeAttribute("target", "d" + edge.to());
                EdgeFigures f = edge.figures();
                data(xml, "e_respondents", f.respondents());
                data(xml, "e_flow", f.meanFlow());
                data(xml, "e_importance", f.meanImportance());
                data(xml, "e_stopsShare", f.stopsShare());
                data(xml, "e_working", f.working());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written", e);
        }
        return out.toString();
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value instanceof Double d ? number(d) : String.valueOf(value));
        xml.writeEndElement();
    }

    /**
     * The department × department matrix of mean flow as CSV ({@code ;}-separated, {@code .} decimals, CRLF): a
     * row per rating department, a column per rated department, in map order. A cell is the mean flow of a shown
     * connection, and empty otherwise: on the diagonal, when nobody rated that connection, and when it is hidden for
     * anonymity (the two must look the same).
     */
    public static String matrixCsv(OrganisationMap map) {
        List<MapNode> nodes = map.nodes();
        CsvWriter out = CsvWriter.semicolons();
        List<Object> header = new ArrayList<>();
        header.add("from \\ to");
        nodes.forEach(n -> header.add(n.name()));
        out.row(header);
        Map<List<Long>, MapEdge> edges = new HashMap<>();
        map.edges().forEach(e -> edges.put(List.of(e.from(), e.to()), e));
        for (MapNode from : nodes) {
            List<Object> row = new ArrayList<>();
            row.add(from.name());
            for (MapNode to : nodes) {
                row.add(from.id() == to.id() ? "" : java.util.Optional.ofNullable(edges.get(List.of(from.id(), to.id())))
                        .map(e -> e.figures().meanFlow() == null ? (Object) "" : CsvWriter.number(number(e.figures().meanFlow())))
                        .orElse(""));
            }
            out.row(row);
        }
        return out.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
