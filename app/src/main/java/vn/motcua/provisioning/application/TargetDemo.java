package vn.motcua.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.shared.tabular.Table;
import vn.motcua.targets.application.TargetService;
import vn.motcua.targets.application.TargetService.TargetInput;
import vn.motcua.targets.domain.Direction;
import vn.motcua.targets.domain.IndexGroup;
import vn.motcua.targets.domain.Metric;

/**
 * Demo KPI targets (order 40) from the seed directives (seed/targets/targets.csv), each with its source directive in
 * the note. A year's set is created only if the province has none for that year. Rows whose value is not in the
 * directive are marked generated in the file; the whole set is stored as generated demo data.
 */
@ApplicationScoped
public class TargetDemo implements DemoContribution {

    @Inject
    TargetService targets;

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void ensure(String tenantSlug) {
        Map<Integer, List<TargetInput>> byYear = new TreeMap<>();
        for (Table.Row r : SeedFiles.rows("/vn/motcua/seed/targets/targets.csv", tenantSlug)) {
            byYear.computeIfAbsent(Integer.parseInt(r.get("year")), y -> new ArrayList<>()).add(new TargetInput(
                    r.get("unit_ref"), Metric.valueOf(r.get("metric")),
                    r.get("group_code").isEmpty() ? null : IndexGroup.valueOf(r.get("group_code")),
                    new BigDecimal(r.get("target_value")), Direction.valueOf(r.get("direction")),
                    r.get("deadline").isEmpty() ? null : LocalDate.parse(r.get("deadline")), r.get("source_note")));
        }
        byYear.forEach(targets::ensureGenerated);
    }
}
