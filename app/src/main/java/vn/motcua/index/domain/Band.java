package vn.motcua.index.domain;

/**
 * A rating band: totals from {@code minTotal} up to the next band's minimum. {@code verified} is false where no
 * published source confirms the band (domain research: only Xuất sắc ≥ 90 and Tốt 80–90 are).
 */
public record Band(String code, double minTotal, String nameVi, String nameEn, boolean verified) { }
