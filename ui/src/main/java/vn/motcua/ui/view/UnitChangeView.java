package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.motcua.shared.DomainException;
import vn.motcua.units.application.UnitInput;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitVersion;

/**
 * config/unit-change.xhtml: the merge/split wizard. Step 1 describes the change, step 2 previews exactly what
 * would be written (the same plan the service applies), step 3 applies it. Province administrators only.
 */
@Named
@ViewScoped
public class UnitChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Line(String what, String text) implements Serializable { }

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    @Inject
    UiText text;

    @Inject
    LocaleView localeView;

    private String mode = "MERGE";
    private LocalDate date;
    private List<UnitsView.Row> choices = List.of();
    private Long[] sourceIds = new Long[0];
    private Long targetId;
    private boolean newTarget;
    private String targetName;
    private String targetKind = UnitKind.COMMUNE.name();
    private String targetLevel = UnitLevel.COMMUNE.name();
    private Long splitSourceId;
    private String partNames;
    private String partKind = UnitKind.COMMUNE.name();
    private String partLevel = UnitLevel.COMMUNE.name();
    private boolean closeSource = true;
    private List<Line> preview = List.of();
    private boolean previewed;

    public void load() {
        if (access.allowProvinceAdmin()) {
            date = UnitService.today().plusDays(1);
            reloadChoices();
        }
    }

    public void reloadChoices() {
        UnitsSnapshot s = units.snapshot();
        choices = UnitsView.rowsOf(s, date == null ? UnitService.today() : date);
        previewed = false;
    }

    public void showPreview() {
        run(true);
    }

    public void apply() {
        if (run(false)) {
            feedback.info("unitChange.applied");
            previewed = false;
            preview = List.of();
            sourceIds = new Long[0];
            reloadChoices();
        }
    }

    private boolean run(boolean dryRun) {
        if (!access.allowProvinceAdmin()) {
            return false;
        }
        try {
            UnitHistory before = units.snapshot().history();
            Long root = choices.stream().filter(r -> UnitKind.PEOPLES_COMMITTEE.name().equals(r.kind()))
                    .map(UnitsView.Row::id).findFirst().orElse(null);
            UnitService.Outcome o;
            if ("SPLIT".equals(mode)) {
                List<UnitInput> parts = new ArrayList<>();
                Long parent = splitSourceId == null ? null : before.versionOn(splitSourceId, date).map(UnitVersion::parentId).orElse(root);
                for (String n : (partNames == null ? "" : partNames).split("\\R")) {
                    if (!n.isBlank()) {
                        parts.add(new UnitInput(n.strip(), partKind, partLevel, parent, null, null));
                    }
                }
                o = units.split(splitSourceId == null ? -1 : splitSourceId, parts, closeSource, date, dryRun);
            } else {
                UnitInput target = newTarget ? new UnitInput(targetName, targetKind, targetLevel, root, null, null) : null;
                o = units.merge(Arrays.asList(sourceIds), newTarget ? null : targetId, target, date, dryRun);
            }
            preview = describe(o, before);
            previewed = dryRun;
            return true;
        } catch (DomainException e) {
            feedback.refused(e);
            previewed = false;
            return false;
        }
    }

    private List<Line> describe(UnitService.Outcome o, UnitHistory before) {
        var locale = localeView.getLocale();
        UnitPlan p = o.plan();
        Map<Long, String> newNames = new java.util.HashMap<>();
        p.newVersions().forEach(v -> newNames.putIfAbsent(v.unitId(), v.name()));
        java.util.function.LongFunction<String> nameOf = id -> id < 0 ? newNames.get(id)
                : before.latest(id).map(UnitVersion::name).orElse("#" + id);
        List<Line> lines = new ArrayList<>();
        for (UnitPlan.NewUnit n : p.newUnits()) {
            lines.add(new Line("NEW", text.get(locale, "unitChange.line.new", newNames.get(n.tempId()))));
        }
        for (UnitPlan.Closing c : p.closings()) {
            lines.add(new Line("CLOSE", text.get(locale, "unitChange.line.close", nameOf.apply(c.unitId()), fmt(c.lastDay()))));
        }
        for (UnitVersion v : p.newVersions()) {
            if (v.unitId() > 0) {
                lines.add(new Line("VERSION", text.get(locale, "unitChange.line.move", v.name(),
                        v.parentId() == null ? "—" : nameOf.apply(v.parentId()))));
            }
        }
        for (Succession s : p.successions()) {
            lines.add(new Line("LINK", text.get(locale, "unitChange.line.link." + s.type(), nameOf.apply(s.predecessorId()),
                    nameOf.apply(s.successorId()), fmt(s.date()))));
        }
        return lines;
    }

    private static String fmt(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public List<String> getKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public List<String> getLevels() {
        return Arrays.stream(UnitLevel.values()).map(Enum::name).toList();
    }

    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; previewed = false; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public List<UnitsView.Row> getChoices() { return choices; }
    public Long[] getSourceIds() { return sourceIds; }
    public void setSourceIds(Long[] sourceIds) { this.sourceIds = sourceIds == null ? new Long[0] : sourceIds; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public boolean isNewTarget() { return newTarget; }
    public void setNewTarget(boolean newTarget) { this.newTarget = newTarget; }
    public String getTargetName() { return targetName; }
    public void setTargetName(String targetName) { this.targetName = targetName; }
    public String getTargetKind() { return targetKind; }
    public void setTargetKind(String targetKind) { this.targetKind = targetKind; }
    public String getTargetLevel() { return targetLevel; }
    public void setTargetLevel(String targetLevel) { this.targetLevel = targetLevel; }
    public Long getSplitSourceId() { return splitSourceId; }
    public void setSplitSourceId(Long splitSourceId) { this.splitSourceId = splitSourceId; }
    public String getPartNames() { return partNames; }
    public void setPartNames(String partNames) { this.partNames = partNames; }
    public String getPartKind() { return partKind; }
    public void setPartKind(String partKind) { this.partKind = partKind; }
    public String getPartLevel() { return partLevel; }
    public void setPartLevel(String partLevel) { this.partLevel = partLevel; }
    public boolean isCloseSource() { return closeSource; }
    public void setCloseSource(boolean closeSource) { this.closeSource = closeSource; }
    public List<Line> getPreview() { return preview; }
    public boolean isPreviewed() { return previewed; }
}
