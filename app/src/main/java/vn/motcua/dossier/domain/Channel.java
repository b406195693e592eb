package vn.motcua.dossier.domain;

/** How the dossier reached us; the numbers are the portal's channel codes. */
public enum Channel {
    IN_PERSON(1, "Trực tiếp", "In person"),
    ONLINE(2, "Trực tuyến", "Online"),
    POSTAL(3, "Bưu chính công ích", "Public postal service");

    private final int code;
    private final String vi;
    private final String en;

    Channel(int code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    public int code() { return code; }

    public String label(String locale) {
        return "en".equals(locale) ? en : vi;
    }

    /** Paper reaches the competent unit physically; online dossiers move at once. */
    public boolean paper() {
        return this != ONLINE;
    }
}
