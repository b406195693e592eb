package vn.motcua.units.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.tenancy.domain.TenantDiscriminator;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

/** One version of a unit. Only {@code validTo} is ever updated (the runtime role may update nothing else). */
@Entity
@Table(name = "unit_version", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class UnitVersionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_version_seq")
    @SequenceGenerator(name = "unit_version_seq", sequenceName = "province.unit_version_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String level;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "qcvn_code", updatable = false)
    private String qcvnCode;

    @Column(name = "portal_code", updatable = false)
    private String portalCode;

    protected UnitVersionRecord() { }

    public UnitVersionRecord(long unitId, UnitVersion v) {
        this.unitId = unitId;
        this.validFrom = v.validFrom();
        this.validTo = v.validTo();
        this.name = v.spec().name();
        this.kind = v.kind().name();
        this.level = v.level().name();
        this.parentId = v.parentId();
        this.qcvnCode = v.spec().qcvn();
        this.portalCode = v.spec().portal();
    }

    public UnitVersion toDomain() {
        return new UnitVersion(unitId, validFrom, validTo, new UnitSpec(name, UnitKind.valueOf(kind), UnitLevel.valueOf(level),
                parentId, qcvnCode == null ? null : UnitCode.qcvn(qcvnCode), portalCode == null ? null : UnitCode.portal(portalCode)));
    }

    public void close(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
