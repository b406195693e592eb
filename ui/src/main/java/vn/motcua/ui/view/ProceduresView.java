package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.catalog.application.CatalogService;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureVersion;

/**
 * catalog/procedures.xhtml: the province's current procedure catalog, searched without regard to accents and
 * filtered by field, level and online kind, loaded page by page. Every province account reads it.
 */
@Named
@ViewScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(long versionId, String code, String name, String fieldName, String levels, String time,
                      String onlineKind, boolean generated) implements Serializable {

        static Row of(ProcedureVersion v) {
            var c = v.content();
            return new Row(v.getId(), v.getCode(), v.getName(),
                    ProcedureFields.find(v.getFieldCode()).map(ProcedureField::nameVi).orElse(v.getFieldCode()),
                    c.levels().stream().sorted().map(Level::name).collect(Collectors.joining(",")),
                    c.time().label(), v.getOnlineKind().name(), v.isGenerated());
        }
    }

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    private String text;
    private String field;
    private String level;
    private String onlineKind;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) search(0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            CatalogService.Page page = search(first, pageSize);
            setRowCount((int) page.total());
            return page.items().stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.versionId());
        }
    };

    private CatalogService.Query query(int first, int size) {
        return new CatalogService.Query(text, field,
                level == null || level.isBlank() ? null : Level.valueOf(level),
                onlineKind == null || onlineKind.isBlank() ? null : OnlineKind.valueOf(onlineKind), first, size);
    }

    private CatalogService.Page search(int first, int size) {
        return catalog.search(query(first, size));
    }

    /** f:viewAction: province accounts only (the catalog belongs to a province). */
    public void load() {
        if (!isAvailable()) {
            return;
        }
    }

    public boolean isAvailable() {
        return !user.isPlatform();
    }

    public boolean isCanEdit() {
        return user.isProvinceAdmin();
    }

    public record Share(String kind, long count, double percent) implements Serializable { }

    private List<Share> onlineShares;

    /** How much of the catalog is online (whole catalog, not the filter): a bar the eye reads faster than numbers. */
    public List<Share> getOnlineShares() {
        if (onlineShares == null) {
            long[] counts = new long[OnlineKind.values().length];
            long total = 0;
            for (OnlineKind k : OnlineKind.values()) {
                counts[k.ordinal()] = catalog.search(new CatalogService.Query(null, null, null, k, 0, 1)).total();
                total += counts[k.ordinal()];
            }
            long t = Math.max(1, total);
            onlineShares = java.util.Arrays.stream(new OnlineKind[] {OnlineKind.FULL, OnlineKind.PARTIAL, OnlineKind.NONE})
                    .map(k -> new Share(k.name(), counts[k.ordinal()], 100.0 * counts[k.ordinal()] / t)).toList();
        }
        return onlineShares;
    }

    public void clearFilters() {
        text = null;
        field = null;
        level = null;
        onlineKind = null;
    }

    public List<ProcedureField> getFields() {
        return ProcedureFields.all();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public OnlineKind[] getOnlineKinds() {
        return OnlineKind.values();
    }

    /** The current catalog as the file importProcedures reads (CSV or XLSX). */
    public org.primefaces.model.StreamedContent export(String format) {
        vn.motcua.shared.tabular.TabularFormat f = "xlsx".equals(format)
                ? vn.motcua.shared.tabular.TabularFormat.XLSX : vn.motcua.shared.tabular.TabularFormat.CSV;
        byte[] bytes = vn.motcua.shared.tabular.TabularWriter.write(f, "Thu tuc",
                vn.motcua.catalog.application.ProcedureRows.COLUMNS, catalog.exportRows());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("thu-tuc-hanh-chinh." + f.extension()).contentType(f.mediaType())
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public LazyDataModel<Row> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getOnlineKind() { return onlineKind; }
    public void setOnlineKind(String onlineKind) { this.onlineKind = onlineKind; }
}
