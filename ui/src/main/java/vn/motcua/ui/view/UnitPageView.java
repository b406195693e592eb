package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.shared.DomainException;
import vn.motcua.units.application.UnitInput;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitVersion;

/**
 * config/unit.xhtml?id=…&amp;asOf=…: one unit as of a day, its timeline (versions and succession links) and what
 * it maps to today; province administrators record a change (a new version from an effective date).
 */
@Named
@ViewScoped
public class UnitPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Event(LocalDate date, String event, String text, Long otherId) implements Serializable { }

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

    private Long id;
    private LocalDate asOf;
    private UnitsView.Row unit;
    private String parentName;
    private long lockVersion;
    private List<Event> timeline = List.of();
    private List<UnitsView.Row> successors = List.of();
    private List<UnitsView.Row> choices = List.of();
    private boolean found;

    private String name;
    private String kind;
    private String level;
    private Long parentId;
    private String portalCode;
    private String qcvnCode;
    private LocalDate effectiveFrom;

    public void load() {
        if (user.isPlatform() || id == null) {
            return;
        }
        if (asOf == null) {
            asOf = UnitService.today();
        }
        try {
            refresh();
        } catch (DomainException e) {
            found = false;
            feedback.refused(e);
        }
    }

    private void refresh() {
        UnitsSnapshot s = units.snapshotWith(id);
        UnitHistory h = s.history();
        UnitVersion v = h.versionOn(id, asOf).or(() -> h.latest(id)).orElseThrow();
        unit = UnitsView.Row.of(v, s.identity(id));
        lockVersion = s.identity(id).version();
        parentName = v.parentId() == null ? null : h.versionOn(v.parentId(), v.validFrom()).or(() -> h.latest(v.parentId()))
                .map(UnitVersion::name).orElse(null);
        List<Event> events = new ArrayList<>();
        var locale = localeView.getLocale();
        for (UnitHistory.TimelineEntry e : h.timeline(id)) {
            if (e.link() != null) {
                long other = e.link().predecessorId() == id ? e.link().successorId() : e.link().predecessorId();
                String otherName = h.versionOn(other, e.link().date()).or(() -> h.versionOn(other, e.link().date().minusDays(1)))
                        .or(() -> h.latest(other)).map(UnitVersion::name).orElse("#" + other);
                events.add(new Event(e.date(), e.event(), text.get(locale, "unit.event." + e.event(), otherName), other));
            } else if ("CLOSED".equals(e.event())) {
                events.add(new Event(e.date(), e.event(), text.get(locale, "unit.event.CLOSED", e.version().name()), null));
            } else {
                String what = String.join(", ", java.util.Arrays.stream(e.event().split("\\+"))
                        .map(x -> text.get(locale, "unit.event." + x, e.version().name())).toList());
                String codes = (e.version().spec().portal() == null ? "" : " · " + e.version().spec().portal());
                events.add(new Event(e.date(), e.event(), what + codes, null));
            }
        }
        timeline = events;
        LocalDate today = UnitService.today();
        successors = h.successorsOn(id, today).stream().filter(x -> x != id.longValue())
                .map(x -> UnitsView.Row.of(h.versionOn(x, today).orElseThrow(), s.identity(x))).toList();
        choices = UnitsView.rowsOf(s, today).stream().filter(r -> r.id() != id).toList();
        found = true;
    }

    public boolean isEditable() {
        return user.isProvinceAdmin() && found && unit.validTo() == null;
    }

    public void prepareEdit() {
        name = unit.name();
        kind = unit.kind();
        level = unit.level();
        portalCode = unit.portalCode();
        qcvnCode = unit.qcvnCode();
        UnitsSnapshot s = units.snapshotWith(id);
        parentId = s.history().latest(id).map(UnitVersion::parentId).orElse(null);
        effectiveFrom = UnitService.today();
    }

    public void save() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        try {
            units.update(id, lockVersion, new UnitInput(name, kind, level, parentId, qcvnCode, portalCode), effectiveFrom);
            feedback.info("unit.saved", name);
            asOf = effectiveFrom;
            refresh();
        } catch (DomainException e) {
            feedback.refused(e, "editUnitForm");
        }
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public List<String> getLevels() {
        return java.util.Arrays.stream(UnitLevel.values()).map(Enum::name).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public UnitsView.Row getUnit() { return unit; }
    public String getParentName() { return parentName; }
    public boolean isFound() { return found; }
    public List<Event> getTimeline() { return timeline; }
    public List<UnitsView.Row> getSuccessors() { return successors; }
    public List<UnitsView.Row> getChoices() { return choices; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getPortalCode() { return portalCode; }
    public void setPortalCode(String portalCode) { this.portalCode = portalCode; }
    public String getQcvnCode() { return qcvnCode; }
    public void setQcvnCode(String qcvnCode) { this.qcvnCode = qcvnCode; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
}
