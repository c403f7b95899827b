package nl.onderstroom.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByOrganisationId(Long organisationId);

    Optional<Department> findByIdAndOrganisationId(Long id, Long organisationId);

    List<Department> findByParentId(Long parentId);

    /** Department count and summed headcount per organisation, for the organisation list. */
    @Query("""
            select new nl.onderstroom.organisation.OrganisationSummary(o.id, o.name, count(d.id), coalesce(sum(d.headcount), 0))
            from Organisation o left join Department d on d.organisationId = o.id
            where o.id in :ids
            group by o.id, o.name
            order by lower(o.name)""")
    List<OrganisationSummary> summaries(List<Long> ids);
}
