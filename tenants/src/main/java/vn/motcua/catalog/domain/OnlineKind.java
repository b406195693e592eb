package vn.motcua.catalog.domain;

/** How far a procedure can be done online (dịch vụ công trực tuyến một phần / toàn trình). */
public enum OnlineKind { NONE, PARTIAL, FULL }
