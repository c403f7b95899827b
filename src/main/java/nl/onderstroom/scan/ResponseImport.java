package nl.onderstroom.scan;

import nl.onderstroom.base.csv.CsvProblem;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies.TextKind;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses that come by import instead of through a code or an open link: a CSV of connections
 * ({@link ResponseCsv}) or complete answers as the survey collects them. Both go through the survey's rules
 * ({@link AnswerRules}), are all or nothing, only reach a DRAFT or OPEN scan without online responses, and leave the
 * number per department in the audit log. Split from {@link ScanService} (issue 9: one service per use-case family).
 */
@Service
public class ResponseImport {

    /** The result of a CSV import: counts when stored, else every problem with its line (and nothing stored). */
    public record ImportOutcome(int respondents, int connections, List<CsvProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ScanRepository scans;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final QuestionSets json;
    private final ResponseWriter writer;
    private final ScanEvents events;
    private final ResponseSources sources;
    private final AuditLog audit;

    ResponseImport(ScanRepository scans, OrganisationService organisations, TenantAccess tenants, QuestionSets json,
                   ResponseWriter writer, ScanEvents events, ResponseSources sources, AuditLog audit) {
        this.scans = scans;
        this.organisations = organisations;
        this.tenants = tenants;
        this.json = json;
        this.writer = writer;
        this.events = events;
        this.sources = sources;
        this.audit = audit;
    }

    /**
     * Imports responses from CSV (see {@link ResponseCsv}) into a DRAFT or OPEN scan that has no online responses.
     * All or nothing: with any problem nothing is stored and every problem is returned with its line. The number
     * imported per department goes to the audit log.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ImportOutcome importResponses(long scanId, byte[] csv) {
        Scan scan = importable(scanId);
        Map<String, Long> byName = byName(scan);
        QuestionSet questions = json.read(scan.getQuestionSet());
        ResponseCsv.ImportResult parsed = ResponseCsv.parse(csv == null ? new byte[0] : csv, byName,
                Set.copyOf(questions.themeKeys()));
        if (!parsed.isValid()) {
            return new ImportOutcome(0, 0, parsed.problems());
        }
        List<ResponseWriter.NewResponse> responses = new ArrayList<>(parsed.respondents().size());
        List<ResponseWriter.NewText> texts = new ArrayList<>();
        for (ResponseCsv.ImportedRespondent r : parsed.respondents()) {
            Integer inner = null;
            List<ResponseWriter.NewConnection> connections = new ArrayList<>();
            for (ResponseCsv.ImportedConnection c : r.connections()) {
                if (AnswerRules.isInnerFlow(r.departmentId(), c.targetId())) {
                    inner = c.flow();
                } else {
                    connections.add(new ResponseWriter.NewConnection(c.targetId(), c.frequency(), c.importance(), c.flow(),
                            c.stop()));
                }
                if (c.story() != null) {
                    texts.add(new ResponseWriter.NewText(r.departmentId(), c.targetId(), TextKind.CONNECTION_STORY.name(), null,
                            List.copyOf(c.themes()), c.story(), false));
                }
            }
            responses.add(new ResponseWriter.NewResponse(r.departmentId(), false, inner, null, null, null, connections,
                    Map.of(), Map.of()));
        }
        writer.write(scanId, responses, texts);
        auditImport(scan, responses);
        events.responsesChanged(scanId, scan.getOrganisationId());
        return new ImportOutcome(parsed.respondents().size(), parsed.connectionCount(), List.of());
    }


    /**
     * Imports complete answers (as the survey collects them: connections, undercurrents, identity, texts) into a
     * DRAFT or OPEN scan without online responses, in one transaction, e.g. from another survey tool or for a
     * demonstration. Each answer set is checked and cleaned as a submission is; {@code directors} marks them as the
     * directors' intended identity. The number per department goes to the audit log.
     *
     * @return the number of responses stored
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public int importAnswers(long scanId, List<SurveyAnswers> answers, boolean directors) {
        Scan scan = importable(scanId);
        QuestionSet questions = json.read(scan.getQuestionSet());
        Set<Long> departments = new HashSet<>(byName(scan).values());
        List<ResponseWriter.NewResponse> responses = new ArrayList<>(answers.size());
        List<ResponseWriter.NewText> texts = new ArrayList<>();
        for (SurveyAnswers a : answers) {
            Submission s = Submission.of(questions, AnswerRules.clean(a, null), departments, directors);
            responses.add(s.response());
            texts.addAll(s.texts());
        }
        writer.write(scanId, responses, texts);
        auditImport(scan, responses);
        events.responsesChanged(scanId, scan.getOrganisationId());
        return responses.size();
    }

    /**
     * The scan, locked against submissions, if responses may be imported: it is DRAFT or OPEN and has no online
     * response. Mixing would let imported answers pad a department around a real respondent's answers.
     */
    private Scan importable(long scanId) {
        scans.findById(scanId).ifPresentOrElse(s -> tenants.checkWrite(s.getOrganisationId()), () -> {
            throw new NotFound();
        });
        Scan scan = scans.lockForImport(scanId).orElseThrow(NotFound::new);
        if (scan.getStatus() != ScanStatus.DRAFT && scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.error.importClosed");
        }
        if (sources.online(scanId) > 0) {
            throw new UserError("scan.import.error.onlineResponses");
        }
        return scan;
    }

    private void auditImport(Scan scan, List<ResponseWriter.NewResponse> responses) {
        Map<Long, Integer> perDepartment = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ResponseWriter.NewResponse r : responses) {
            perDepartment.merge(r.departmentId(), 1, Integer::sum);
        }
        perDepartment.forEach((department, count) ->
                audit.scan(Action.RESPONSES_IMPORTED, scan.getOrganisationId(), scan.getId(), department, count));
    }

    private Map<String, Long> byName(Scan scan) {
        Map<String, Long> byName = new LinkedHashMap<>();
        organisations.departments(scan.getOrganisationId()).forEach(d -> byName.put(d.name(), d.id()));
        return byName;
    }
}
