package vn.motcua.dossier.domain;

public enum ApplicantKind { PERSON, ORGANISATION }
