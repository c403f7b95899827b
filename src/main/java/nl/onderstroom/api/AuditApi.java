package nl.onderstroom.api;

import java.util.List;
import nl.onderstroom.security.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators: newest first. Never an answer, a story or a code (see {@link AuditLog}). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditLog.Entry> recent(@RequestParam(defaultValue = "200") int limit) {
        return audit.recent(limit);
    }
}
