package vn.motcua.calendar.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Platform data: one year of the national default (its notices); the days are {@link NationalDayRow}s. */
@Entity
@Table(name = "national_calendar_year", schema = "platform")
public class NationalYearRow {

    @Id
    private int year;

    @Column(nullable = false)
    private String notices;

    @Column(name = "seeded_from")
    private String seededFrom;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected NationalYearRow() { }

    public NationalYearRow(int year, List<String> notices, String seededFrom, String updatedBy) {
        this.year = year;
        this.seededFrom = seededFrom;
        setNotices(notices, updatedBy);
    }

    public void setNotices(List<String> notices, String by) {
        this.notices = String.join("\n", notices);
        touch(by);
    }

    public void touch(String by) {
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = by;
    }

    public int getYear() { return year; }
    public List<String> getNotices() {
        return notices.isBlank() ? List.of() : Arrays.stream(notices.split("\n")).filter(s -> !s.isBlank()).toList();
    }
    public String getSeededFrom() { return seededFrom; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
