package dev.newsgraph.graphql.runtime;

import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.logging.Log;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Puts graphql-java's plain field visibility back when SmallRye's configured one blocks nothing. SmallRye 2.17
 * turns every field-visibility setting except "no-introspection" into a list of block patterns, its own
 * default "default" included, and graphql-java then runs that pattern as a regular expression against every
 * field of every response (Introspection.getFieldDefinition): a Matcher and its arrays per output value, 14%
 * of what a nested list allocated. The pattern "default" can only match a field coordinate spelled
 * "default", which no coordinate ({@code Type.field}) is, so visibility is unchanged.
 */
public class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.default-field-visibility.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        String configured = Config.get().getFieldVisibility();
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        if (!"default".equals(configured) || !(registry.getFieldVisibility() instanceof BlockedFields)) {
            return builder;
        }
        Log.debug("Field visibility: graphql-java's default instead of the pattern \"default\"");
        GraphQLCodeRegistry plain = registry.transform(
                code -> code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return builder.schema(schema.transform(s -> s.codeRegistry(plain)));
    }
}
