package dev.newsgraph.agreement;

import org.eclipse.microprofile.graphql.Description;

/** How far an agreement has come, as the reporting text's modality tells it. */
@Description("How far an agreement has come, as the reporting text tells it.")
public enum AgreementStatus {
    @Description("Suggested, expected or under negotiation.") PROPOSED,
    @Description("The parties say they will conclude or sign it.") PLANNED,
    @Description("Signed or concluded.") SIGNED,
    @Description("In effect, or already carried out.") IN_FORCE,
    @Description("Said by others to exist, unconfirmed.") REPORTED,
    @Description("A party denies that it exists.") DENIED
}
