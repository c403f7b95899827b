package nl.onderstroom.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Respondents through Vaadin's own request protocol, as a browser sends it: the survey page, the init request (UI
 * id, CSRF token), the navigation to the survey, then one UIDL request per action (enter the code, answer, pick
 * departments, next step, submit; an answer is the {@code answer} DOM event of {@code <onderstroom-questions>}, see
 * {@link SurveySteps}), each {@code bench.think} ms apart, until the survey says the answers were received.
 * Bounded: {@code bench.users} respondents (one code each), started over {@code bench.ramp} seconds, the whole run at
 * most {@code bench.max} minutes. Writes the number of acknowledged submissions to {@code bench.acknowledged}.
 * Run by scripts/bench/run.sh (see docs/performance.md).
 */
public class RespondentSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.url", "http://127.0.0.1:8089");
    private static final int USERS = Integer.getInteger("bench.users", 500);
    private static final int RAMP = Integer.getInteger("bench.ramp", 120);
    private static final int THINK = Integer.getInteger("bench.think", 5000);
    private static final int MAX_MINUTES = Integer.getInteger("bench.max", 15);
    /** No respondent takes more actions than this (the walk takes about 45); a bound against a loop that never ends. */
    private static final int MAX_STEPS = 150;
    /**
     * A respondent clicks "send" at most this often: after an unexpected server error the button stays disabled
     * (it disables itself on click) and a browser's clicks do nothing; the respondent is then counted as not received.
     */
    private static final int MAX_SUBMITS = 3;
    private static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    private static final AtomicInteger NOT_RECEIVED = new AtomicInteger();

    private static VaadinUi ui(Session s) {
        return (VaadinUi) s.get("ui");
    }

    private static List<String> codes() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("bench.codes", "target/bench-codes.txt"))).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Iterator<Map<String, Object>> feeder = codes().stream().limit(USERS)
            .map(c -> Map.<String, Object>of("code", c)).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.8")
            .userAgentHeader("Onderstroom bench").shareConnections();

    private final ScenarioBuilder respondent = scenario("respondent").feed(feeder)
            .exec(http("open page").get("/s").check(responseTimeInMillis().saveAs("rt")))
            .exec(s -> timed(s, "open page"))
            .exec(http("init").get("/?v-r=init&location=s&query=").check(responseTimeInMillis().saveAs("rt"), bodyString().saveAs("body")))
            .exec(s -> timed(s, "init"))
            .exitHereIfFailed()
            .exec(s -> {
                VaadinUi ui = new VaadinUi();
                ui.init(s.getString("body"));
                return s.set("ui", ui).set("request", ui.request(List.of(VaadinUi.navigate("s")))).set("steps", 0).set("submits", 0);
            })
            .exec(uidl("open survey"))
            .asLongAs(s -> !s.isFailed() && !SurveySteps.received(ui(s)) && !ui(s).expired && s.getInt("steps") < MAX_STEPS
                    && s.getInt("submits") < MAX_SUBMITS).on(
                    pause(Duration.ofMillis(THINK))
                            .exec(s -> {
                                SurveySteps.Action a = SurveySteps.next(ui(s), s.getString("code"));
                                return s.set("action", a.name()).set("request", a.body()).set("steps", s.getInt("steps") + 1)
                                        .set("submits", s.getInt("submits") + (a.name().equals("submit") ? 1 : 0));
                            })
                            .exec(uidl("#{action}")))
            .exec(s -> {
                if (SurveySteps.received(ui(s))) {
                    ACKNOWLEDGED.incrementAndGet();
                } else {
                    NOT_RECEIVED.incrementAndGet();
                    System.out.println("BENCH not received: " + s.getString("code") + " on " + SurveySteps.step(ui(s))
                            + (ui(s).error == null ? "" : " error " + ui(s).error) + (ui(s).expired ? " expired" : ""));
                }
                return s.remove("ui");
            });

    private static io.gatling.javaapi.core.ChainBuilder pause(Duration d) {
        return io.gatling.javaapi.core.CoreDsl.pause(d);
    }

    /**
     * One UIDL request with the body in {@code request}; then, when the response asked the page to dispatch an event
     * by itself after a delay (the draft's delayed save), that event after that delay, as the browser would.
     */
    private static io.gatling.javaapi.core.ChainBuilder uidl(String name) {
        return post(name)
                .exec(s -> {
                    VaadinUi.Timed t = ui(s).timed;
                    SurveySteps.Action a = SurveySteps.timed(ui(s));
                    return a == null ? s.remove("timed")
                            : s.set("timed", a.body()).set("timedMillis", Math.max(0, t.millis()));
                })
                .doIf(s -> s.contains("timed")).then(
                        io.gatling.javaapi.core.CoreDsl.pause(s -> Duration.ofMillis(s.getInt("timedMillis")))
                                .exec(s -> s.set("request", s.getString("timed")))
                                .exec(post("draft save")));
    }

    private static io.gatling.javaapi.core.ChainBuilder post(String name) {
        return io.gatling.javaapi.core.CoreDsl.exec(http(name)
                        .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(s -> s.getString("request")))
                        // the server's answer to a failed request is an "appError" (or a resynchronisation): a KO
                        .check(responseTimeInMillis().saveAs("rt"), bodyString().saveAs("body"),
                                substring("\"appError\"").notExists(), substring("\"resynchronize\"").notExists()))
                .exec(s -> {
                    Session t = timed(s, name.equals("#{action}") ? s.getString("action") : name);
                    if (t.contains("body")) {
                        ui(t).response(t.getString("body"));
                    }
                    return t.remove("body");
                });
    }

    /** Keeps the last request's response time under {@code kind} for {@link Timings} (a request without answer: a KO). */
    private static Session timed(Session s, String kind) {
        Timings.record(kind, s.contains("rt") ? s.getInt("rt") : -1, !s.isFailed());
        return s.remove("rt");
    }

    {
        setUp(respondent.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol).maxDuration(Duration.ofMinutes(MAX_MINUTES));
    }

    @Override
    public void after() {
        System.out.println("BENCH acknowledged " + ACKNOWLEDGED.get() + ", gave up " + NOT_RECEIVED.get()
                + " (others were cut off by the time bound)");
        Timings.lines().forEach(l -> System.out.println("BENCH " + l));
        String file = System.getProperty("bench.acknowledged");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), ACKNOWLEDGED.get() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
