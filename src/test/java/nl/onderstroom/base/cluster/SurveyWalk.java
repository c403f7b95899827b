package nl.onderstroom.base.cluster;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every step-specific interaction of a respondent with the survey, in one place, for the multi-node run: it finds
 * the fields by the stable ids the survey keeps (code-field, survey-next, survey-submit, survey-received,
 * connection-departments, connection-cards, ...) and answers whatever radio groups a step shows. If the survey's
 * steps change, this is the class to adapt.
 */
final class SurveyWalk {

    private final WebDriver d;
    private final Duration patience;

    SurveyWalk(WebDriver d, Duration patience) {
        this.d = d;
        this.patience = patience;
    }

    /** The id of the step element on screen (step-intro, step-connections, ...), or "" when none is. */
    String step() {
        Object id = js("const s = document.querySelector('[id^=\"step-\"]:not(#step-title)'); return s ? s.id : '';");
        return id == null ? "" : id.toString();
    }

    /** True when the survey says the answers were received. */
    boolean received() {
        return !d.findElements(By.cssSelector("#survey-received, #survey-done")).isEmpty();
    }

    /** The survey shows a problem (a technical error while the database fails over, say). */
    boolean error() {
        return Boolean.TRUE.equals(js("const e = document.getElementById('survey-error');"
                + " return !!e && e.textContent.trim().length > 0;"));
    }

    void waitForStep() {
        wait(d -> !step().isEmpty() || received());
        idle();
    }

    /** Answers what the current step asks and goes to the next one (on the review step: submits). */
    void answerAndGoOn() {
        String step = step();
        if (step.equals("step-connections")) {
            radios("#step-connections vaadin-radio-group:not(#connection-cards vaadin-radio-group)");
            WebElement box = d.findElements(By.cssSelector("#connection-departments vaadin-checkbox input")).get(0);
            if (!box.isSelected()) {
                click(box);
                wait(x -> !x.findElements(By.cssSelector("#connection-cards vaadin-radio-group")).isEmpty());
            }
            radios("#step-connections vaadin-radio-group");
        } else if (step.equals("step-undercurrents")) {
            radios("#step-undercurrents vaadin-radio-group");
        }
        if (step.equals("step-review")) {
            click(d.findElement(By.id("survey-submit")));
            wait(x -> received() || error());
        } else {
            click(d.findElement(By.id("survey-next")));
            wait(x -> !step().equals(step) || received() || error());
        }
    }

    /** Picks the third option (or the last) of every radio group the selector finds that has no value yet. */
    private void radios(String css) {
        List<WebElement> groups = d.findElements(By.cssSelector(css));
        for (WebElement g : groups) {
            Object value = ((JavascriptExecutor) d).executeScript("return arguments[0].value", g);
            if (value != null && !value.toString().isEmpty()) {
                continue;
            }
            List<WebElement> inputs = g.findElements(By.cssSelector("vaadin-radio-button input"));
            if (!inputs.isEmpty()) {
                click(inputs.get(Math.min(2, inputs.size() - 1)));
            }
        }
    }

    private void click(WebElement e) {
        js("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
        idle();
    }

    /** Vaadin has answered every request: no round trip is running. */
    void idle() {
        wait(x -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(d, patience, Duration.ofMillis(100)).until(condition::apply);
    }
}
