package dev.newsgraph.extract;

/** Who stands behind a claim. */
public enum ClaimantType { EXPERT, OFFICIAL, GOVERNMENT, ORGANISATION, AUTHOR, OTHER }
