package vn.motcua.forms.domain;

import java.util.List;
import java.util.Objects;
import vn.motcua.forms.domain.FormParts.ApologyPart;
import vn.motcua.forms.domain.FormParts.ControlStep;
import vn.motcua.forms.domain.FormParts.RefusalPart;
import vn.motcua.forms.domain.FormParts.StopPart;
import vn.motcua.forms.domain.FormParts.SupplementPart;
import vn.motcua.forms.domain.FormParts.TrackingBookPart;

/** The input of one form: which form it is follows from the type. */
public sealed interface FormData {

    FormKind kind();

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the only form that prints the lookup secret. */
    record Receipt(FormDossier dossier) implements FormData {
        public Receipt {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(dossier.dueAt(), "a receipt needs the due instant (appointment)");
        }

        @Override
        public FormKind kind() {
            return FormKind.RECEIPT;
        }
    }

    record SupplementRequest(FormDossier dossier, SupplementPart supplement) implements FormData {
        public SupplementRequest {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(supplement, "supplement");
        }

        @Override
        public FormKind kind() {
            return FormKind.SUPPLEMENT_REQUEST;
        }
    }

    record Refusal(FormDossier dossier, RefusalPart refusal) implements FormData {
        public Refusal {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(refusal, "refusal");
        }

        @Override
        public FormKind kind() {
            return FormKind.REFUSAL;
        }
    }

    record Apology(FormDossier dossier, ApologyPart apology) implements FormData {
        public Apology {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(apology, "apology");
        }

        @Override
        public FormKind kind() {
            return FormKind.APOLOGY;
        }
    }

    record StopNotice(FormDossier dossier, StopPart stop) implements FormData {
        public StopNotice {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(stop, "stop");
        }

        @Override
        public FormKind kind() {
            return FormKind.STOP_NOTICE;
        }
    }

    record ControlSlip(FormDossier dossier, List<ControlStep> steps) implements FormData {
        public ControlSlip {
            Objects.requireNonNull(dossier, "dossier");
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        @Override
        public FormKind kind() {
            return FormKind.CONTROL_SLIP;
        }
    }

    /** For a period and a unit: no QR code (it is not about one dossier); each row prints its code. */
    record TrackingBook(TrackingBookPart book) implements FormData {
        public TrackingBook {
            Objects.requireNonNull(book, "book");
        }

        @Override
        public FormKind kind() {
            return FormKind.TRACKING_BOOK;
        }
    }
}
