package nl.onderstroom.scan.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Ticket;

/**
 * What a respondent's browser session holds: the ticket (the keyed hash of their code, never the code), or the
 * problem of the last entry attempt. Kept in the server-side session only.
 */
final class RespondentSession {

    private static final String TICKET = RespondentSession.class.getName() + ".ticket";
    private static final String PROBLEM = RespondentSession.class.getName() + ".problem";
    private static final String RECEIVED = RespondentSession.class.getName() + ".received";

    private RespondentSession() {
    }

    static Ticket ticket() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? null : (Ticket) s.getAttribute(TICKET);
    }

    static void ticket(Ticket ticket) {
        VaadinSession.getCurrent().setAttribute(TICKET, ticket);
    }

    /** Whether answers were sent from this browser session: coming back to {@code /s} then says they were received. */
    static boolean received() {
        VaadinSession s = VaadinSession.getCurrent();
        return s != null && Boolean.TRUE.equals(s.getAttribute(RECEIVED));
    }

    static void received(boolean received) {
        VaadinSession.getCurrent().setAttribute(RECEIVED, received ? Boolean.TRUE : null);
    }

    /** A problem key with its arguments, from a code in a link. */
    record Problem(String key, Object[] args) {
    }

    static Problem takeProblem() {
        VaadinSession s = VaadinSession.getCurrent();
        Problem p = (Problem) s.getAttribute(PROBLEM);
        s.setAttribute(PROBLEM, null);
        return p;
    }

    static void problem(Problem problem) {
        VaadinSession.getCurrent().setAttribute(PROBLEM, problem);
    }

    /** Exchanges a code, storing the ticket in the session. */
    static Ticket enter(RespondentService respondents, String code) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "unknown" : request.getRemoteAddr();
        String session = VaadinSession.getCurrent().getSession() == null ? "none" : VaadinSession.getCurrent().getSession().getId();
        Ticket ticket = respondents.enter(code, session, address);
        ticket(ticket);
        received(false);
        return ticket;
    }
}
