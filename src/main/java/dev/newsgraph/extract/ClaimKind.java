package dev.newsgraph.extract;

/** Whether a claim's words are quoted verbatim or reported in the writer's words. */
public enum ClaimKind { DIRECT_QUOTE, REPORTED }
