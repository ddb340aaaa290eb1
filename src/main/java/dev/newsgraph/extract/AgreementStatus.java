package dev.newsgraph.extract;

/** How far an agreement has come, as the text's modality tells it. */
public enum AgreementStatus { PROPOSED, PLANNED, SIGNED, IN_FORCE, REPORTED, DENIED }
