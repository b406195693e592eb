package vn.motcua.index.domain;

/** One displayed group of a rule set (e.g. TDGQ, 20 points): its score is the sum of its metrics' scores. */
public record GroupRule(String code, int position, double maxPoints, String nameVi, String nameEn) { }
