package vn.motcua.dossier.domain;

/** How the result reached the applicant. */
public enum ReturnMethod {
    IN_PERSON("Trực tiếp tại Bộ phận Một cửa", "In person at the desk"),
    POST("Qua dịch vụ bưu chính", "By post"),
    ONLINE("Trực tuyến", "Online");

    private final String vi;
    private final String en;

    ReturnMethod(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(String locale) {
        return "en".equals(locale) ? en : vi;
    }
}
