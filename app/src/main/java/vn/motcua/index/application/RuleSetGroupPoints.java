package vn.motcua.index.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalDouble;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.infrastructure.IndexRuleSetRepository;
import vn.motcua.targets.domain.GroupPoints;
import vn.motcua.targets.domain.IndexGroup;

/**
 * The points of an index group for the targets, from the rule set a year is measured against
 * ({@link IndexRuleSet#forYear}): the rule sets are the one home of the points.
 */
@ApplicationScoped
public class RuleSetGroupPoints implements GroupPoints {

    @Inject
    IndexRuleSetRepository ruleSets;

    @Override
    @Transactional
    public OptionalDouble of(IndexGroup group, int year) {
        return IndexRuleSet.forYear(ruleSets.all(), year).map(s -> s.groupPoints(group.name()))
                .orElse(OptionalDouble.empty());
    }
}
