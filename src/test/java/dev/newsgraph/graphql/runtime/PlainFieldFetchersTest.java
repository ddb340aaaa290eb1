package dev.newsgraph.graphql.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;

/** SmallRye's per-value field fetchers are swapped for direct reads that answer the same values. */
class PlainFieldFetchersTest {

    /** A stand-in for an entity: public fields and a getter, as SmallRye maps them. */
    public static class Dispatch {
        public Long id = 7L;
        public String headline = "Talks resume";

        public String getDesk() {
            return "Seoul";
        }
    }

    @Test
    void plainFieldsAreReadDirectlyAndAnswerTheSameValues() {
        GraphQLObjectType dispatch = GraphQLObjectType.newObject().name("Dispatch")
                .field(GraphQLFieldDefinition.newFieldDefinition().name("id").type(Scalars.GraphQLID))
                .field(GraphQLFieldDefinition.newFieldDefinition().name("headline").type(Scalars.GraphQLString))
                .field(GraphQLFieldDefinition.newFieldDefinition().name("desk").type(Scalars.GraphQLString))
                .build();
        GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
                .field(GraphQLFieldDefinition.newFieldDefinition().name("dispatch").type(dispatch))
                .build();
        Reference owner = reference(Dispatch.class.getName(), "Dispatch", ReferenceType.TYPE);
        GraphQLCodeRegistry registry = GraphQLCodeRegistry.newCodeRegistry()
                .dataFetcher(FieldCoordinates.coordinates("Query", "dispatch"), (DataFetcher<?>) env -> new Dispatch())
                .dataFetcher(FieldCoordinates.coordinates("Dispatch", "id"), smallrye(null, "id",
                        reference(Long.class.getName(), "ID", ReferenceType.SCALAR, String.class.getName()), owner))
                .dataFetcher(FieldCoordinates.coordinates("Dispatch", "headline"), smallrye(null, "headline",
                        reference(String.class.getName(), "String", ReferenceType.SCALAR), owner))
                .dataFetcher(FieldCoordinates.coordinates("Dispatch", "desk"), smallrye("getDesk", "desk",
                        reference(String.class.getName(), "String", ReferenceType.SCALAR), owner))
                .build();
        GraphQLSchema schema = GraphQLSchema.newSchema().query(query).codeRegistry(registry).build();

        GraphQL graphQL = new PlainFieldFetchers().beforeGraphQLBuild(GraphQL.newGraphQL(schema)).build();

        GraphQLCodeRegistry replaced = graphQL.getGraphQLSchema().getCodeRegistry();
        for (String name : new String[] { "id", "headline", "desk" }) {
            assertThat(replaced.getDataFetcher(FieldCoordinates.coordinates("Dispatch", name),
                    dispatch.getFieldDefinition(name))).isInstanceOf(PlainFieldFetchers.DirectFetcher.class);
        }
        ExecutionResult result = graphQL.execute("{ dispatch { id headline desk } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>> getData())
                .isEqualTo(Map.of("dispatch", Map.of("id", "7", "headline", "Talks resume", "desk", "Seoul")));
    }

    @Test
    void aFieldWithAnAdapterKeepsSmallRyesFetcher() {
        Reference owner = reference(Dispatch.class.getName(), "Dispatch", ReferenceType.TYPE);
        Field adapted = new Field(null, "headline", "headline",
                reference(String.class.getName(), "String", ReferenceType.SCALAR));
        adapted.setAdaptTo(new io.smallrye.graphql.schema.model.AdaptTo());
        FieldDataFetcher<Object> smallrye = new FieldDataFetcher<>(adapted, null, owner);

        assertThat(PlainFieldFetchers.DirectFetcher.replacing(smallrye)).isNull();
    }

    private static FieldDataFetcher<Object> smallrye(String method, String property, Reference type, Reference owner) {
        return new FieldDataFetcher<>(new Field(method, property, property, type), null, owner);
    }

    private static Reference reference(String className, String name, ReferenceType type) {
        return reference(className, name, type, className);
    }

    private static Reference reference(String className, String name, ReferenceType type, String graphQLClassName) {
        Reference reference = new Reference();
        reference.setClassName(className);
        reference.setGraphQLClassName(graphQLClassName);
        reference.setName(name);
        reference.setType(type);
        return reference;
    }
}
