package vn.motcua.index.domain;

import java.util.Map;

/** A province's scores as the national portal published them: total and group scores, its line in the publication. */
public record PublishedScore(String provinceCode, String provinceName, int position, double total,
                             Map<String, Double> groups) { }
