package vn.motcua.calendar.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** A province's own day (local day off or extra working day); the date is the natural key within the province. */
@Entity
@Table(name = "calendar_day", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class LocalDayRow {

    @Id
    private LocalDate day;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false)
    private boolean generated;

    protected LocalDayRow() { }

    public LocalDayRow(SpecialDay d, boolean generated) {
        this.day = d.date();
        this.generated = generated;
        apply(d);
    }

    /** Whether anything changed. */
    public boolean apply(SpecialDay d) {
        if (kind != null && toSpecialDay().equals(d)) {
            return false;
        }
        kind = d.kind();
        nameVi = d.nameVi();
        nameEn = d.nameEn();
        source = d.source();
        verified = d.verified();
        return true;
    }

    public SpecialDay toSpecialDay() {
        return new SpecialDay(day, kind, nameVi, nameEn, source, verified);
    }

    public LocalDate getDay() { return day; }
    public String getTenantId() { return tenantId; }
    public boolean isGenerated() { return generated; }
    public void setGenerated(boolean generated) { this.generated = generated; }
}
