package vn.motcua.calendar.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.SpecialDay;

/** Platform data: one non-standard day of the national default. */
@Entity
@Table(name = "national_calendar_day", schema = "platform")
public class NationalDayRow {

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private int year;

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

    protected NationalDayRow() { }

    public NationalDayRow(SpecialDay d) {
        this.day = d.date();
        this.year = d.date().getYear();
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
        return kind == null ? null : new SpecialDay(day, kind, nameVi, nameEn, source, verified);
    }

    public LocalDate getDay() { return day; }
    public int getYear() { return year; }
}
