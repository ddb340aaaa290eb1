package dev.newsgraph.extract;

/** Whether a claim asserts a proposition or denies another one. */
public enum Stance { ASSERTS, DENIES }
