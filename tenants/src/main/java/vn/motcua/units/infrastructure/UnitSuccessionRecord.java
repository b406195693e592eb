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
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.SuccessionType;

/** An append-only succession link, predecessor → successor. */
@Entity
@Table(name = "unit_succession", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class UnitSuccessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_succession_seq")
    @SequenceGenerator(name = "unit_succession_seq", sequenceName = "province.unit_succession_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "predecessor_id", nullable = false, updatable = false)
    private long predecessorId;

    @Column(name = "successor_id", nullable = false, updatable = false)
    private long successorId;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, updatable = false)
    private String type;

    protected UnitSuccessionRecord() { }

    public UnitSuccessionRecord(Succession s) {
        this.predecessorId = s.predecessorId();
        this.successorId = s.successorId();
        this.effectiveDate = s.date();
        this.type = s.type().name();
    }

    public Succession toDomain() {
        return new Succession(predecessorId, successorId, effectiveDate, SuccessionType.valueOf(type));
    }

    public Long getId() { return id; }
}
