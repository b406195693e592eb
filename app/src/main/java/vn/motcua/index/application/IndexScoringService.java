package vn.motcua.index.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.index.domain.IndexRuleSet;
import vn.motcua.index.domain.IndexScoring;
import vn.motcua.index.domain.UnitInput;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.domain.UnitScore;
import vn.motcua.index.infrastructure.IndexRuleSetRepository;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * Scores units by the rule set in force on a day (scoreIndex): counts given by the caller, no province data read.
 * An aggregate names its members among the request's units and is scored from their pooled counts.
 */
@ApplicationScoped
@Transactional
public class IndexScoringService {

    @Inject
    IndexRuleSetRepository ruleSets;

    /** A unit to score: its own inputs, or (members not empty) the pooled inputs of the named units. */
    public record UnitToScore(UnitInput input, List<String> members) { }

    /** The rule set used and the units' scores, in the order asked. */
    public record Scored(IndexRuleSet ruleSet, List<UnitScore> units) { }

    /** The rule set in force on {@code asOf}; 400 naming the rule sets there are when none is. */
    public IndexRuleSet ruleSetOn(LocalDate asOf) {
        List<IndexRuleSet> sets = ruleSets.all();
        return IndexRuleSet.inForce(sets, asOf).orElseThrow(() -> DomainException.invalid(List.of(new FieldError(
                "asOf", "index.ruleSet.none", asOf, sets.stream().map(s -> s.code() + " (" + s.validFrom() + " – "
                        + (s.validTo() == null ? "" : s.validTo()) + ")").collect(Collectors.joining(", "))))));
    }

    /** The rule set in force on {@code day}, if any. */
    public java.util.Optional<IndexRuleSet> ruleSetIfAnyOn(LocalDate day) {
        return IndexRuleSet.inForce(ruleSets.all(), day);
    }

    public Scored score(LocalDate asOf, List<UnitToScore> requests) {
        IndexScoring engine = new IndexScoring(ruleSetOn(asOf));
        Map<String, UnitInput> byCode = new HashMap<>();
        for (UnitToScore r : requests) {
            if (r.members().isEmpty()) {
                byCode.putIfAbsent(r.input().code(), r.input());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<UnitInput> units = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            UnitToScore r = requests.get(i);
            if (r.members().isEmpty()) {
                units.add(r.input());
                continue;
            }
            if (!r.input().metrics().isEmpty()) {
                errors.add(new FieldError("units[" + i + "].metrics", "index.pool.metricsAndMembers"));
            }
            List<UnitInput> members = new ArrayList<>();
            for (int j = 0; j < r.members().size(); j++) {
                UnitInput m = byCode.get(r.members().get(j));
                if (m == null) {
                    errors.add(new FieldError("units[" + i + "].members[" + j + "]", "index.pool.unknownMember",
                            r.members().get(j)));
                } else {
                    members.add(m);
                }
            }
            units.add(errors.isEmpty() ? engine.pool(r.input().code(), r.input().kind(), members, "units[" + i + "]")
                    : new UnitInput(r.input().code(), UnitKind.PROVINCE, List.of()));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new Scored(engine.rules(), engine.score(units));
    }
}
