package dev.newsgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Why an input was refused. */
@Type("UserError")
@Description("Why an input was refused. Nothing was written.")
public record UserError(
        @NonNull @Description("Stable code: BAD_USER_INPUT or PAYLOAD_TOO_LARGE.") String code,
        @NonNull @Description("What is wrong, in words to show the user.") String message,
        @Description("Path of the input field at fault, e.g. [\"input\", \"text\"].") List<@NonNull String> field) {
}
