package dev.newsgraph.extract;

/** What kind of outlet a cited source is. */
public enum SourceKind { NEWS_AGENCY, NEWSPAPER, BROADCASTER, OUTLET, GOVERNMENT_BODY, OTHER }
