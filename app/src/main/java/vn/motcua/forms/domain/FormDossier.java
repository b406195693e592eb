package vn.motcua.forms.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What every per-dossier form prints about the dossier: the forms' own input model, independent of the dossier
 * entities. Texts are printed as given (NFC-normalised); optional fields may be null and their lines are left
 * out.
 *
 * @param provinceName      "Gia Lai" (header: "ỦY BAN NHÂN DÂN TỈNH GIA LAI"); "Thành phố Huế" is printed as given
 * @param receivingUnitName the one-stop desk that received the dossier
 * @param competentUnitName the unit competent to decide (may differ from the receiving unit); optional
 * @param code              dossier code, e.g. "H21.17-250701-0001"
 * @param lookupSecret      the applicant's lookup secret: printed on the receipt ONLY, never encoded in the QR
 * @param lookupUrl         public lookup address; must contain the code and must not contain the secret. The QR
 *                          code holds it; when null the QR holds the code itself. Optional
 * @param procedureCode     procedure code of the national database, optional
 * @param procedureName     the procedure's name
 * @param applicant         the person or organisation that submitted the dossier
 * @param channel           how it came in, as text ("Trực tiếp", "Trực tuyến", "Bưu chính công ích")
 * @param receivedAt        receipt instant (shown in Asia/Ho_Chi_Minh)
 * @param dueAt             appointment (due instant); optional before acceptance (refusal)
 * @param processingTime    statutory time as text, e.g. "10 ngày làm việc"; optional
 * @param documents         documents received
 * @param fees              fees and charges
 * @param clerkName         the clerk who received it
 * @param placeName         place of the date line, e.g. "Pleiku" or "Gia Lai"
 */
public record FormDossier(
        String provinceName,
        String receivingUnitName,
        String competentUnitName,
        String code,
        String lookupSecret,
        String lookupUrl,
        String procedureCode,
        String procedureName,
        Applicant applicant,
        String channel,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String processingTime,
        List<DocumentLine> documents,
        List<FeeLine> fees,
        String clerkName,
        String placeName) {

    public FormDossier {
        Texts.require(provinceName, "provinceName");
        Texts.require(receivingUnitName, "receivingUnitName");
        Texts.require(code, "code");
        Texts.require(procedureName, "procedureName");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Texts.require(placeName, "placeName");
        documents = documents == null ? List.of() : List.copyOf(documents);
        fees = fees == null ? List.of() : List.copyOf(fees);
        if (lookupUrl != null) {
            if (!lookupUrl.contains(code)) {
                throw new IllegalArgumentException("the lookup URL must contain the dossier code");
            }
            if (lookupSecret != null && !lookupSecret.isBlank() && lookupUrl.contains(lookupSecret)) {
                throw new IllegalArgumentException("the lookup URL must not contain the lookup secret");
            }
        }
    }

    /** What the QR code of every form of this dossier holds: the lookup URL, or the code when there is none. */
    public String qrContent() {
        return lookupUrl != null ? lookupUrl : code;
    }

    /**
     * The applicant (citizen or organisation).
     *
     * @param organisation true: printed as "Tổ chức", else "Ông/Bà"
     * @param idNumber     citizen identity number, or the organisation's enterprise/tax code; optional
     */
    public record Applicant(String name, boolean organisation, String idNumber, String address, String phone,
            String email) {

        public Applicant {
            Texts.require(name, "applicant name");
        }

        public static Applicant person(String name, String idNumber, String address, String phone, String email) {
            return new Applicant(name, false, idNumber, address, phone, email);
        }

        public static Applicant organisation(String name, String code, String address, String phone,
                String email) {
            return new Applicant(name, true, code, address, phone, email);
        }
    }

    /**
     * One document of the dossier: name, number of originals and of copies, digitised or not, reused from data
     * the state already holds (not asked of the applicant again) or not.
     */
    public record DocumentLine(String name, int originals, int copies, boolean digitised, boolean reused) {

        public DocumentLine {
            Texts.require(name, "document name");
            if (originals < 0 || copies < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }

        public DocumentLine(String name, int originals, int copies, boolean digitised) {
            this(name, originals, copies, digitised, false);
        }
    }

    /** A fee or charge, in đồng (VND has no minor unit). */
    public record FeeLine(String name, long amountVnd) {

        public FeeLine {
            Texts.require(name, "fee name");
            if (amountVnd < 0) {
                throw new IllegalArgumentException("negative fee");
            }
        }
    }
}
