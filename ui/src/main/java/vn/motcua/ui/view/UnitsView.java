package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularWriter;
import vn.motcua.units.application.UnitExport;
import vn.motcua.units.application.UnitImporter;
import vn.motcua.units.application.UnitInput;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitVersion;

/**
 * config/units.xhtml: the province's unit tree as of a chosen day. Everyone in the province reads it;
 * province administrators add units (server-side check in {@link #create()}, not only a hidden button).
 */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the tree or of a choice list. */
    public record Row(long id, String name, String kind, String level, String portalCode, String qcvnCode,
                      LocalDate validFrom, LocalDate validTo, boolean generated, String originTenant) implements Serializable {

        static Row of(UnitVersion v, UnitsSnapshot.Identity i) {
            return new Row(v.unitId(), v.name(), v.kind().name(), v.level().name(), v.spec().portal(), v.spec().qcvn(),
                    v.validFrom(), v.validTo(), i != null && i.generated(), i == null ? null : i.originTenant());
        }
    }

    public record KindCount(String kind, long count) implements Serializable { }

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private LocalDate asOf = UnitService.today();
    private transient TreeNode<Row> root;
    private List<Row> choices = List.of();
    private List<KindCount> counts = List.of();
    private int total;

    private String name;
    private String kind = UnitKind.OTHER.name();
    private String level = UnitLevel.PROVINCE.name();
    private Long parentId;
    private String portalCode;
    private String qcvnCode;
    private LocalDate validFrom;

    public void load() {
        if (isAvailable()) {
            refresh();
        }
    }

    /** Units belong to a province; a platform account has none to show. */
    public boolean isAvailable() {
        return !user.isPlatform();
    }

    public boolean isEditable() {
        return user.isProvinceAdmin();
    }

    public void refresh() {
        if (asOf == null) {
            asOf = UnitService.today();
        }
        UnitsSnapshot s = units.snapshot();
        UnitHistory h = s.history();
        root = new DefaultTreeNode<>(null, null);
        for (UnitHistory.Node n : h.treeOn(asOf)) {
            add(root, n, s, true);
        }
        List<UnitVersion> on = h.unitsOn(asOf);
        choices = on.stream().map(v -> Row.of(v, s.identity(v.unitId()))).toList();
        total = on.size();
        Map<UnitKind, Long> byKind = new EnumMap<>(UnitKind.class);
        on.forEach(v -> byKind.merge(v.kind(), 1L, Long::sum));
        counts = byKind.entrySet().stream().map(e -> new KindCount(e.getKey().name(), e.getValue())).toList();
    }

    public void showToday() {
        asOf = UnitService.today();
        refresh();
    }

    /** The last day of districts and of the absorbed provinces: the tree "as it was". */
    public void showBeforeMerger() {
        asOf = LocalDate.of(2025, 6, 30);
        refresh();
    }

    private void add(TreeNode<Row> parent, UnitHistory.Node n, UnitsSnapshot s, boolean expanded) {
        TreeNode<Row> node = new DefaultTreeNode<>(Row.of(n.version(), s.identity(n.version().unitId())), parent);
        node.setExpanded(expanded);
        for (UnitHistory.Node c : n.children()) {
            add(node, c, s, false);
        }
    }

    public void prepareCreate() {
        name = null;
        kind = UnitKind.OTHER.name();
        level = UnitLevel.PROVINCE.name();
        portalCode = null;
        qcvnCode = null;
        validFrom = asOf;
        parentId = choices.stream().filter(r -> UnitKind.PEOPLES_COMMITTEE.name().equals(r.kind()) && r.originTenant() == null)
                .map(Row::id).findFirst().orElse(null);
    }

    public void create() {
        if (!access.allowProvinceAdmin()) {
            return;
        }
        try {
            units.create(new UnitInput(name, kind, level, parentId, qcvnCode, portalCode), validFrom);
            feedback.info("units.created", name);
            if (validFrom != null && validFrom.isAfter(asOf)) {
                asOf = validFrom;
            }
            refresh();
        } catch (DomainException e) {
            feedback.refused(e, "createUnitForm");
        }
    }

    public StreamedContent export(String format) {
        TabularFormat f = "xlsx".equals(format) ? TabularFormat.XLSX : TabularFormat.CSV;
        byte[] bytes = TabularWriter.write(f, "units", UnitImporter.COLUMNS, UnitExport.rows(units.snapshot().history(), asOf));
        return DefaultStreamedContent.builder().name("units-" + asOf + "." + f.extension()).contentType(f.mediaType())
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public List<String> getLevels() {
        return java.util.Arrays.stream(UnitLevel.values()).map(Enum::name).toList();
    }

    public TreeNode<Row> getRoot() {
        if (root == null && isAvailable()) {
            refresh();
        }
        return root;
    }

    public List<Row> getChoices() { return choices; }
    public List<KindCount> getCounts() { return counts; }
    public int getTotal() { return total; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
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
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }

    /** For the unit page's links: the units of the snapshot by id, rebuilt each time (cheap). */
    static List<Row> rowsOf(UnitsSnapshot s, LocalDate day) {
        List<Row> out = new ArrayList<>();
        s.history().unitsOn(day).forEach(v -> out.add(Row.of(v, s.identity(v.unitId()))));
        return out;
    }
}
