package vn.motcua.forms.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** The form-specific inputs, next to {@link FormDossier}. */
public final class FormParts {

    private FormParts() {
    }

    /**
     * Supplement request (Mẫu 02).
     *
     * @param supplementNo     1 for the first request of this dossier, 2 for the second…
     * @param missingDocuments what the applicant must bring (names, with the required form if useful)
     */
    public record SupplementPart(OffsetDateTime requestedAt, String requestedBy, String reasons,
            List<String> missingDocuments, int supplementNo) {

        public SupplementPart {
            Objects.requireNonNull(requestedAt, "requestedAt");
            Texts.require(requestedBy, "requestedBy");
            missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
            if (supplementNo < 1) {
                throw new IllegalArgumentException("supplementNo starts at 1");
            }
        }
    }

    /** Refusal to receive (Mẫu 03). */
    public record RefusalPart(String reason, OffsetDateTime refusedAt, String refusedBy) {

        public RefusalPart {
            Texts.require(reason, "reason");
            Objects.requireNonNull(refusedAt, "refusedAt");
            Texts.require(refusedBy, "refusedBy");
        }
    }

    /**
     * Apology and new appointment (01/2018) / apology and extension request (03/2025), Mẫu 04.
     *
     * @param unitName    the unit that apologises (the one whose step overran)
     * @param signerTitle e.g. "GIÁM ĐỐC", "THỦ TRƯỞNG CƠ QUAN"
     */
    public record ApologyPart(String reason, OffsetDateTime originalDue, OffsetDateTime newDue, String unitName,
            String signerTitle, String signerName, OffsetDateTime issuedAt) {

        public ApologyPart {
            Texts.require(reason, "reason");
            Objects.requireNonNull(originalDue, "originalDue");
            Objects.requireNonNull(newDue, "newDue");
            Texts.require(unitName, "unitName");
            Texts.require(signerName, "signerName");
            Objects.requireNonNull(issuedAt, "issuedAt");
            if (!newDue.isAfter(originalDue)) {
                throw new IllegalArgumentException("the new due date must be after the original one");
            }
        }
    }

    /** Notice of stopping the handling of a dossier (03/2025 Mẫu 05). */
    public record StopPart(String reason, String legalBasis, OffsetDateTime stoppedAt, String signerTitle,
            String signerName) {

        public StopPart {
            Texts.require(reason, "reason");
            Objects.requireNonNull(stoppedAt, "stoppedAt");
            Texts.require(signerName, "signerName");
        }
    }

    /**
     * One hand-over on the process-control slip: who gave the dossier to whom, when, the step's own due
     * instant, when it finished, and the result note ("Đúng hạn", "Trước hạn", "Quá hạn 1 ngày"…).
     */
    public record ControlStep(String fromUnit, String fromPerson, String toUnit, String toPerson,
            OffsetDateTime handedOverAt, OffsetDateTime stepDue, OffsetDateTime finishedAt, String result) {

        public ControlStep {
            Texts.require(fromUnit, "fromUnit");
            Texts.require(toUnit, "toUnit");
            Objects.requireNonNull(handedOverAt, "handedOverAt");
        }
    }

    /**
     * The tracking book for a period (no single dossier).
     *
     * @param unitName the unit keeping the book (e.g. the one-stop desk)
     * @param placeName place of the date line
     * @param issuedOn the date printed on the book
     */
    public record TrackingBookPart(String provinceName, String unitName, String placeName, LocalDate from,
            LocalDate to, LocalDate issuedOn, List<TrackingBookRow> rows) {

        public TrackingBookPart {
            Texts.require(provinceName, "provinceName");
            Texts.require(unitName, "unitName");
            Texts.require(placeName, "placeName");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(issuedOn, "issuedOn");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it starts");
            }
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** A line of the tracking book; finishedAt, returnedAt, note optional. */
    public record TrackingBookRow(String code, String procedureName, String applicantName,
            OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
            String note) {

        public TrackingBookRow {
            Texts.require(code, "code");
            Texts.require(procedureName, "procedureName");
            Texts.require(applicantName, "applicantName");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
