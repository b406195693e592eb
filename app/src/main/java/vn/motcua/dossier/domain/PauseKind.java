package vn.motcua.dossier.domain;

/** Why the clock is stopped: the dossier waits for the applicant, not for us. */
public enum PauseKind { SUPPLEMENT, PAYMENT }
