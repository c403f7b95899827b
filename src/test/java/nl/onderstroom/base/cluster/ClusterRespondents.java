package nl.onderstroom.base.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderstroom.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.util.FileSystemUtils;

/**
 * The respondents of scripts/cluster/run.sh, each in a headless Chromium of their own, through nginx. Phase 1: every
 * respondent opens their link and answers up to the third step (the draft is saved at each step). Then the run stops
 * the portal instance most sessions live on and one Galera node ({@code STOP_COMMAND}). Phase 2: respondents whose session lived on the
 * stopped instance open their link again (a new session on the surviving instance) and must find their draft; everyone
 * finishes and submits, retrying a step when the survey reports a technical error. Phase 3: fresh respondents answer
 * from start to end on what is left. Prints one line per respondent and a summary; writes the number of acknowledged
 * submissions to {@code ACKNOWLEDGED_FILE}.
 *
 * <p>Run: {@code java -cp <test classpath> nl.onderstroom.base.cluster.ClusterRespondents links.txt} with
 * {@code STOP_COMMAND='...'}, where {@code %PORT%} stands for the port of the instance most
 * respondents' sessions live on (the one stopped); see run.sh.
 */
public final class ClusterRespondents {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final class Respondent {
        final int number;
        final String link;
        ChromeDriver browser;
        Path profile;
        SurveyWalk walk;
        String upstream = "?";
        String stepBeforeStop = "";
        String stepAfterReopen = "";
        boolean moved;
        boolean acknowledged;
        int retries;
        String failure = "";

        Respondent(int number, String link) {
            this.number = number;
            this.link = link;
        }
    }

    private ClusterRespondents() {
    }

    public static void main(String[] args) throws Exception {
        List<String> links = Files.readAllLines(Path.of(args[0])).stream().filter(l -> l.startsWith("http")).toList();
        int parked = Integer.parseInt(System.getenv().getOrDefault("PARKED", String.valueOf(links.size() * 2 / 3)));
        int parallel = Integer.parseInt(System.getenv().getOrDefault("PARALLEL", "3"));
        List<Respondent> first = new ArrayList<>();
        List<Respondent> later = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            (i < parked ? first : later).add(new Respondent(i + 1, links.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();

        log(start, "phase 1: " + first.size() + " respondents answer up to the third step");
        runAll(pool, first, r -> {
            open(r);
            while (!r.walk.step().equals("step-undercurrents")) {
                r.walk.answerAndGoOn();
            }
            r.stepBeforeStop = r.walk.step();
            r.upstream = upstream(r);
        });
        // stop the instance most sessions live on (sticky hashing may put them all on one)
        String stopped = first.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.upstream,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        first.forEach(r -> r.moved = r.upstream.equals(stopped));
        String port = stopped.substring(stopped.lastIndexOf(':') + 1);
        for (Respondent r : first) {
            log(start, "respondent " + r.number + " on " + r.upstream + " at " + r.stepBeforeStop + r.failure);
        }

        String command = System.getenv().getOrDefault("STOP_COMMAND", "true").replace("%PORT%", port);
        log(start, "stopping the instance on " + stopped + " (" + first.stream().filter(r -> r.moved).count()
                + " sessions) and a database node: " + command);
        Process stop = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        log(start, "stop command exit " + stop.waitFor());

        log(start, "phase 2: the same respondents finish; those of the stopped instance open their link again");
        runAll(pool, first, r -> {
            if (r.moved) {
                r.browser.get(r.link);
                r.walk.waitForStep();
                r.stepAfterReopen = r.walk.step();
            }
            finish(r);
        });
        log(start, "phase 3: " + later.size() + " new respondents from start to end");
        runAll(pool, later, r -> {
            open(r);
            finish(r);
        });
        pool.shutdown();

        List<Respondent> all = new ArrayList<>(first);
        all.addAll(later);
        int acknowledged = 0;
        int moved = 0;
        int resumed = 0;
        for (Respondent r : all) {
            log(start, String.format("respondent %d: first on %s%s%s, acknowledged %s, retries %d%s", r.number, r.upstream,
                    r.moved ? " (stopped), reopened at " + r.stepAfterReopen : "",
                    r.stepBeforeStop.isEmpty() ? "" : ", had reached " + r.stepBeforeStop, r.acknowledged, r.retries,
                    r.failure.isEmpty() ? "" : ", FAILED: " + r.failure));
            acknowledged += r.acknowledged ? 1 : 0;
            moved += r.moved ? 1 : 0;
            resumed += r.moved && r.stepAfterReopen.equals(r.stepBeforeStop) ? 1 : 0;
            quit(r);
        }
        log(start, String.format("SUMMARY respondents %d, on the stopped instance %d, resumed at their step on the "
                + "other %d, acknowledged %d", all.size(), moved, resumed, acknowledged));
        String out = System.getenv("ACKNOWLEDGED_FILE");
        if (out != null) {
            Files.writeString(Path.of(out), acknowledged + " " + moved + " " + resumed + " " + all.size() + "\n");
        }
        System.exit(acknowledged == all.size() && resumed == moved && moved > 0 ? 0 : 1);
    }

    private interface Work {
        void run(Respondent r) throws Exception;
    }

    private static void runAll(ExecutorService pool, List<Respondent> respondents, Work work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Respondent r : respondents) {
            futures.add(pool.submit(() -> {
                try {
                    work.run(r);
                } catch (Exception | AssertionError e) {
                    r.failure = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void open(Respondent r) throws Exception {
        r.profile = Files.createTempDirectory("onderstroom-cluster-respondent");
        r.browser = Chromium.start(r.profile, 1024, 900, r.number % 2 == 0 ? "nl" : "en");
        r.walk = new SurveyWalk(r.browser, PATIENCE);
        r.browser.get(r.link);
        r.walk.waitForStep();
    }

    /** To the end; a step the survey could not save is tried again, and after three tries the link is reopened. */
    private static void finish(Respondent r) throws InterruptedException {
        int triesHere = 0;
        while (!r.walk.received()) {
            r.walk.answerAndGoOn();
            if (r.walk.error()) {
                r.retries++;
                triesHere++;
                Thread.sleep(2000);
                if (triesHere >= 3) {
                    r.browser.get(r.link);
                    r.walk.waitForStep();
                    triesHere = 0;
                }
            }
            if (r.retries > 20) {
                throw new IllegalStateException("gave up after 20 retries at " + r.walk.step());
            }
        }
        r.acknowledged = true;
    }

    private static String upstream(Respondent r) {
        Object value = ((JavascriptExecutor) r.browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {method: 'HEAD', credentials: 'same-origin'})"
                        + ".then(x => done(x.headers.get('X-Upstream'))).catch(e => done('error ' + e));");
        return String.valueOf(value);
    }

    private static void quit(Respondent r) {
        if (r.browser != null) {
            r.browser.quit();
        }
        if (r.profile != null) {
            FileSystemUtils.deleteRecursively(r.profile.toFile());
        }
    }

    private static void log(long start, String line) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line);
    }
}
