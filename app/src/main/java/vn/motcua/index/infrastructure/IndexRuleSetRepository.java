package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.index.domain.Band;
import vn.motcua.index.domain.GroupRule;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.MetricRule;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The index's rule sets (platform.index_rule_set and its groups, metrics and bands, V19). Callers hold the transaction. */
@ApplicationScoped
public class IndexRuleSetRepository {

    @Inject
    TenantPersistence persistence;

    /** Every rule set, the oldest first. */
    @SuppressWarnings("unchecked")
    public List<IndexRuleSet> all() {
        List<IndexRuleSet> sets = new ArrayList<>();
        for (Object[] s : (List<Object[]>) persistence.platformEm().createNativeQuery(
                "SELECT code, name, source, valid_from, valid_to FROM platform.index_rule_set ORDER BY valid_from")
                .getResultList()) {
            String code = (String) s[0];
            sets.add(new IndexRuleSet(code, (String) s[1], (String) s[2], day(s[3]), day(s[4]), groups(code),
                    metrics(code), bands(code)));
        }
        return sets;
    }

    @SuppressWarnings("unchecked")
    private List<GroupRule> groups(String ruleSet) {
        return ((List<Object[]>) persistence.platformEm().createNativeQuery("SELECT code, position, max_points, name_vi,"
                + " name_en FROM platform.index_group WHERE rule_set = ?1").setParameter(1, ruleSet).getResultList())
                .stream().map(g -> new GroupRule((String) g[0], ((Number) g[1]).intValue(), ((Number) g[2]).doubleValue(),
                        (String) g[3], (String) g[4])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<MetricRule> metrics(String ruleSet) {
        return ((List<Object[]>) persistence.platformEm().createNativeQuery("SELECT code, group_code, position,"
                + " max_score, formula, threshold_pct, empty_denominator, level, input, name_vi, name_en"
                + " FROM platform.index_metric WHERE rule_set = ?1").setParameter(1, ruleSet).getResultList())
                .stream().map(m -> new MetricRule((String) m[0], (String) m[1], ((Number) m[2]).intValue(),
                        decimal(m[3]), MetricRule.Formula.valueOf((String) m[4]), decimal(m[5]),
                        MetricRule.EmptyDenominator.valueOf((String) m[6]), MetricRule.Level.valueOf((String) m[7]),
                        MetricRule.Input.valueOf((String) m[8]), (String) m[9], (String) m[10])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Band> bands(String ruleSet) {
        return ((List<Object[]>) persistence.platformEm().createNativeQuery("SELECT code, min_total, name_vi, name_en,"
                + " verified FROM platform.index_band WHERE rule_set = ?1").setParameter(1, ruleSet).getResultList())
                .stream().map(b -> new Band((String) b[0], ((Number) b[1]).doubleValue(), (String) b[2], (String) b[3],
                        (Boolean) b[4])).toList();
    }

    private static Double decimal(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static LocalDate day(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }
}
