package nl.onderstroom.scan;

import java.util.Optional;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentDataGuard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A department that has responses, invitations or open links in any scan cannot be removed. */
@Component
class ScanDepartmentGuard implements DepartmentDataGuard {

    private final JdbcTemplate jdbc;

    ScanDepartmentGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserError> removalBlocked(long departmentId) {
        if (exists("select count(*) from response where department_id = ?", departmentId)
                || exists("select count(*) from response_connection where to_department = ?", departmentId)) {
            return Optional.of(new UserError("scan.department.hasResponses"));
        }
        if (exists("select count(*) from invitation where department_id = ?", departmentId)
                || exists("select count(*) from open_link where department_id = ?", departmentId)) {
            return Optional.of(new UserError("scan.department.hasInvitations"));
        }
        return Optional.empty();
    }

    private boolean exists(String sql, long departmentId) {
        Integer n = jdbc.queryForObject(sql, Integer.class, departmentId);
        return n != null && n > 0;
    }
}
