package dev.newsgraph.extract;

/** Whether a quoted person speaks as an outside analyst or as an office holder. */
public enum ExpertCategory { ANALYST, OFFICIAL, OTHER }
