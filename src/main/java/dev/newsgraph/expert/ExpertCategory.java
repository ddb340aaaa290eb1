package dev.newsgraph.expert;

import org.eclipse.microprofile.graphql.Description;

/** Whether a quoted person speaks as an outside analyst or as an office holder. */
@Description("Whether a quoted person speaks as an outside analyst or as an office holder.")
public enum ExpertCategory {
    @Description("An academic, researcher or analyst commenting from outside.") ANALYST,
    @Description("A minister, aide, spokesperson or other office holder.") OFFICIAL,
    @Description("Anyone else quoted by name.") OTHER
}
