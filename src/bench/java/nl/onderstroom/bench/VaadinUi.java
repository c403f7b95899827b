package nl.onderstroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One browser's view of a Vaadin Flow 24 UI, kept the way Flow's client keeps it: the state tree built from the
 * {@code changes} of every response (node id, tag, attributes, properties, children), the CSRF token, the sync id and
 * the client id. Makes the bodies of UIDL requests ({@code mSync} property updates and DOM events on node ids).
 * Knows nothing of the survey: {@link SurveySteps} does.
 */
final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAG = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;

    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode t = maps.getOrDefault(TAG, Map.of()).get("tag");
            return t == null ? "" : t.asText();
        }

        String attribute(String name) {
            JsonNode v = maps.getOrDefault(ATTRIBUTES, Map.of()).get(name);
            return v == null ? null : v.asText();
        }

        JsonNode property(String name) {
            return maps.getOrDefault(PROPERTIES, Map.of()).get(name);
        }

        List<Integer> children() {
            List<Integer> ids = new ArrayList<>();
            for (JsonNode n : lists.getOrDefault(CHILDREN, List.of())) {
                ids.add(n.asInt());
            }
            return ids;
        }
    }

    int uiId;
    String csrf;
    int syncId = -1;
    int clientId;
    boolean expired;
    /** Set when the server answered with an application error (the browser would show "internal error"). */
    String error;
    final Map<Integer, Node> nodes = new HashMap<>();
    /**
     * What each client-drawn element was last asked to draw ({@code this.show($0)} in the response's
     * {@code execute}), by node id: the browser-side state of {@code <onderstroom-questions>}. Its {@code values} are
     * updated as this browser answers, as the element does.
     */
    final Map<Integer, ObjectNode> shown = new HashMap<>();
    /** A DOM event the page will dispatch by itself after a delay ({@code setTimeout(… dispatchEvent …)}), or null. */
    Timed timed;

    /** A DOM event the page dispatches on {@code node} after {@code millis}. */
    record Timed(int node, String event, int millis) {
    }

    /** The answer to {@code GET /?v-r=init&location=…}. */
    void init(String body) {
        JsonNode root = read(body);
        if (root.has("appConfig")) {
            root = root.get("appConfig");
        }
        uiId = root.path("v-uiId").asInt();
        JsonNode uidl = root.path("uidl");
        if (uidl.isTextual()) {
            uidl = read(uidl.asText());
        }
        csrf = uidl.path("Vaadin-Security-Key").asText(root.path("Vaadin-Security-Key").asText());
        apply(uidl);
    }

    /** The answer to a UIDL request ({@code for(;;);[{…}]}). */
    void response(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root = read(json);
        apply(root.isArray() ? root.get(0) : root);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : clientId + 1;
        if (uidl.path("meta").path("sessionExpired").asBoolean(false)) {
            expired = true;
        }
        if (uidl.path("meta").has("appError")) {
            error = uidl.path("meta").path("appError").toString();
        }
        for (JsonNode c : uidl.path("changes")) {
            int id = c.path("node").asInt();
            String type = c.path("type").asText();
            if (type.equals("detach")) {
                nodes.remove(id);
                shown.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feat = c.path("feat").asInt(-1);
            switch (type) {
                case "put" -> node.maps.computeIfAbsent(feat, f -> new HashMap<>())
                        .put(c.path("key").asText(), c.has("nodeValue") ? c.get("nodeValue") : c.path("value"));
                case "remove" -> node.maps.getOrDefault(feat, new HashMap<>()).remove(c.path("key").asText());
                case "clear" -> {
                    node.maps.remove(feat);
                    node.lists.remove(feat);
                }
                case "splice" -> {
                    List<JsonNode> list = node.lists.computeIfAbsent(feat, f -> new ArrayList<>());
                    int index = c.path("index").asInt();
                    int remove = c.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    List<JsonNode> add = new ArrayList<>();
                    (c.has("addNodes") ? c.get("addNodes") : c.path("add")).forEach(add::add);
                    list.addAll(Math.min(index, list.size()), add);
                }
                default -> {
                    // attach: the node exists now
                }
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            execute(call);
        }
    }

    /**
     * The two kinds of script call a browser's state depends on here: what a client-drawn element is asked to show,
     * and a DOM event the page sends later by itself. A call is its parameters, then the script; an element is
     * sent as {@code [0, nodeId]} and {@code this} is the last parameter.
     */
    private void execute(JsonNode call) {
        int n = call.size();
        if (n < 2 || !call.get(n - 1).isTextual()) {
            return;
        }
        String script = call.get(n - 1).asText();
        JsonNode self = call.get(n - 2);
        if (!self.isArray() || self.size() != 2 || self.get(0).asInt(-1) != 0) {
            return;
        }
        int node = self.get(1).asInt();
        if (script.contains("this.show($0)") && call.get(0).isObject()) {
            shown.put(node, (ObjectNode) call.get(0).deepCopy());
        } else if (script.contains("setTimeout") && script.contains("this.dispatchEvent(new CustomEvent($0))") && n >= 4) {
            timed = new Timed(node, call.get(0).asText(), call.get(1).asInt());
        }
    }

    Optional<Node> byId(String id) {
        return nodes.values().stream().filter(n -> id.equals(n.attribute("id"))).findFirst();
    }

    boolean has(String id) {
        return byId(id).isPresent();
    }

    /** Nodes under {@code root} (depth first) with the given tag. */
    List<Node> descendants(Node root, String tag) {
        List<Node> found = new ArrayList<>();
        for (int child : root.children()) {
            Node n = nodes.get(child);
            if (n == null) {
                continue;
            }
            if (n.tag().equals(tag)) {
                found.add(n);
            }
            found.addAll(descendants(n, tag));
        }
        return found;
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    /** The body of one UIDL request carrying these calls; counts the client id on. */
    String request(List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrf);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    static ObjectNode navigate(String route) {
        ObjectNode call = event(1, "ui-navigate");
        ObjectNode data = call.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return call;
    }

    static ObjectNode sync(Node n, String property, JsonNode value) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "mSync");
        call.put("node", n.id);
        call.put("feature", PROPERTIES);
        call.put("property", property);
        call.set("value", value);
        return call;
    }

    static ObjectNode event(int node, String name) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", name);
        return call;
    }

    /** A DOM event with its event data ({@code event.detail.id} and the like, as the listener registered them). */
    static ObjectNode event(int node, String name, Map<String, JsonNode> data) {
        ObjectNode call = event(node, name);
        ObjectNode d = call.putObject("data");
        data.forEach(d::set);
        return call;
    }

    static ObjectNode click(Node n) {
        ObjectNode call = event(n.id, "click");
        ObjectNode data = call.putObject("data");
        for (String k : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(k, 0);
        }
        data.put("event.detail", 1);
        for (String k : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
            data.put(k, false);
        }
        return call;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
