package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.RespondentService;

/**
 * {@code /s/<code>}: the link on an invitation. The code is exchanged for the session at once and the browser goes
 * on to {@code /s}, so the code stays neither in the address bar nor in the history.
 */
@Route(value = "s/:code", autoLayout = false)
@AnonymousAllowed
class CodeLinkView extends Div implements BeforeEnterObserver {

    private final RespondentService respondents;

    CodeLinkView(RespondentService respondents) {
        this.respondents = respondents;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RespondentPush.off();
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            RespondentSession.enter(respondents, code);
        } catch (UserError e) {
            RespondentSession.ticket(null);
            RespondentSession.problem(new RespondentSession.Problem(e.key(), e.args()));
            // a used code: its answers were received, also when the browser comes back to /s
            RespondentSession.received(RespondentService.RECEIVED.equals(e.key()));
        }
        event.forwardTo(SurveyView.class);
    }
}
