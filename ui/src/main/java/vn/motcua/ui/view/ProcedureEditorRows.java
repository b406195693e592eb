package vn.motcua.ui.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.catalog.domain.RequiredDocument;

/**
 * The structured editor's rows of a procedure (issue 15, item 2): its process steps, required documents and fees
 * as editable rows, turned into the domain's {@link ProcessStep}, {@link RequiredDocument} and {@link Fee}, whose own
 * rules ({@link ProcessStep#nameProblem}, {@link ProcessStep#durationProblem}, {@link RequiredDocument#valid},
 * {@link Fee#valid}) say what is wrong with a row. No text format here: the "name|60%|unit|role" lines stay the
 * import's ({@code ProcedureLists}).
 */
public class ProcedureEditorRows implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the steps are timed: all by share of the procedure's time, or all by working hours (the domain's two ways). */
    public enum Timing { SHARE, HOURS }

    /** A problem of one row's field: its client id in the editor's form and the Problems bundle key. */
    public record RowProblem(String clientId, String messageKey) { }

    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer amount;
        private String unitRef = "";
        private String role = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getAmount() { return amount; }
        public void setAmount(Integer amount) { this.amount = amount; }
        public String getUnitRef() { return unitRef; }
        public void setUnitRef(String unitRef) { this.unitRef = unitRef == null ? "" : unitRef; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role == null ? "" : role; }
    }

    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer copies = 1;
        private boolean original = true;
        private String note = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getCopies() { return copies; }
        public void setCopies(Integer copies) { this.copies = copies; }
        public boolean isOriginal() { return original; }
        public void setOriginal(boolean original) { this.original = original; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class FeeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Long amount = 0L;
        private String note = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getAmount() { return amount; }
        public void setAmount(Long amount) { this.amount = amount; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    private Timing timing = Timing.SHARE;
    private final List<StepRow> steps = new ArrayList<>();
    private final List<DocumentRow> documents = new ArrayList<>();
    private final List<FeeRow> fees = new ArrayList<>();

    /** The rows of a version's content (a new procedure: none, timed by share). */
    public static ProcedureEditorRows of(ProcedureContent c) {
        ProcedureEditorRows r = new ProcedureEditorRows();
        if (c == null) {
            return r;
        }
        r.timing = c.steps().isEmpty() || ProcessStep.byShare(c.steps()) ? Timing.SHARE : Timing.HOURS;
        for (ProcessStep s : c.steps()) {
            StepRow row = new StepRow();
            row.name = s.name();
            row.amount = r.timing == Timing.SHARE ? s.sharePercent() : s.hours();
            row.setUnitRef(s.unitRef());
            row.setRole(s.role());
            r.steps.add(row);
        }
        for (RequiredDocument d : c.documents()) {
            DocumentRow row = new DocumentRow();
            row.name = d.name();
            row.copies = d.copies();
            row.original = d.original();
            row.note = d.note();
            r.documents.add(row);
        }
        for (Fee f : c.fees()) {
            FeeRow row = new FeeRow();
            row.name = f.name();
            row.amount = f.amountVnd();
            row.note = f.note();
            r.fees.add(row);
        }
        return r;
    }

    public List<ProcessStep> processSteps() {
        return steps.stream().map(this::step).toList();
    }

    private ProcessStep step(StepRow r) {
        int amount = r.amount == null ? 0 : r.amount;
        return timing == Timing.SHARE ? new ProcessStep(strip(r.name), amount, 0, r.unitRef, r.role)
                : new ProcessStep(strip(r.name), 0, amount, r.unitRef, r.role);
    }

    public List<RequiredDocument> requiredDocuments() {
        return documents.stream().map(d -> new RequiredDocument(strip(d.name), d.copies == null ? 0 : d.copies,
                d.original, strip(d.note))).toList();
    }

    public List<Fee> feeList() {
        return fees.stream().map(f -> new Fee(strip(f.name), f.amount == null ? 0 : f.amount, strip(f.note))).toList();
    }

    /**
     * Each row's problems by the domain's rules, attached to the field they concern ({@code form:table:i:field}). A
     * step's time is judged by the timing chosen here, so a 0 % step is shown beside its own field.
     */
    public List<RowProblem> problems(String form) {
        List<RowProblem> out = new ArrayList<>();
        boolean byShare = timing == Timing.SHARE;
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep s = step(steps.get(i));
            String at = form + ":stepTable:" + i + ":";
            s.nameProblem().ifPresent(k -> out.add(new RowProblem(at + "stepName", k)));
            s.durationProblem(byShare).ifPresent(k -> out.add(new RowProblem(at + "stepAmount", k)));
        }
        List<RequiredDocument> docs = requiredDocuments();
        for (int i = 0; i < docs.size(); i++) {
            RequiredDocument d = docs.get(i);
            if (!d.valid()) {
                out.add(new RowProblem(form + ":documentTable:" + i + (d.name().isEmpty() ? ":documentName" : ":documentCopies"),
                        "procedure.document.invalid"));
            }
        }
        List<Fee> f = feeList();
        for (int i = 0; i < f.size(); i++) {
            if (!f.get(i).valid()) {
                out.add(new RowProblem(form + ":feeTable:" + i + (f.get(i).name().isEmpty() ? ":feeName" : ":feeAmount"),
                        "procedure.fee.invalid"));
            }
        }
        return out;
    }

    /** The shares of the steps added up, in percent (0 when timed by hours). */
    public int getShareTotal() {
        return timing == Timing.SHARE ? ProcessStep.shareTotal(processSteps()) : 0;
    }

    public int getHoursTotal() {
        return timing == Timing.HOURS ? ProcessStep.hoursTotal(processSteps()) : 0;
    }

    /** How far the shares are from the whole, short or over. */
    public int getShareGap() {
        return Math.abs(ProcessStep.WHOLE_PERCENT - getShareTotal());
    }

    /** The state of the total line: {@code ok}, {@code short}, {@code over}, {@code hours} or {@code none} (no steps). */
    public String getTotalState() {
        if (steps.isEmpty()) {
            return "none";
        }
        if (timing == Timing.HOURS) {
            return "hours";
        }
        int gap = ProcessStep.WHOLE_PERCENT - getShareTotal();
        return gap == 0 ? "ok" : gap > 0 ? "short" : "over";
    }

    public void addStep() { steps.add(new StepRow()); }
    public void addDocument() { documents.add(new DocumentRow()); }
    public void addFee() { fees.add(new FeeRow()); }

    /** Removes row {@code i} of the list named {@code list} ({@code steps}, {@code documents} or {@code fees}). */
    public void remove(String list, int i) {
        List<?> rows = list(list);
        if (i >= 0 && i < rows.size()) {
            rows.remove(i);
        }
    }

    /** Moves row {@code i} of the named list one place up ({@code delta} -1) or down (+1). */
    public void move(String list, int i, int delta) {
        List<?> rows = list(list);
        int j = i + delta;
        if (i >= 0 && i < rows.size() && j >= 0 && j < rows.size()) {
            Collections.swap(rows, i, j);
        }
    }

    private List<?> list(String name) {
        return switch (name) {
            case "steps" -> steps;
            case "documents" -> documents;
            case "fees" -> fees;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public String getTiming() { return timing.name(); }
    public void setTiming(String timing) { this.timing = timing == null ? Timing.SHARE : Timing.valueOf(timing); }
    public List<StepRow> getSteps() { return steps; }
    public List<DocumentRow> getDocuments() { return documents; }
    public List<FeeRow> getFees() { return fees; }
}
