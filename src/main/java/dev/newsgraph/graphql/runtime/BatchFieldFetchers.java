package dev.newsgraph.graphql.runtime;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands each parent of a batched field ({@code @Source List<Parent>}) straight to the field's DataLoader.
 * SmallRye's fetcher for such a field, called once per parent, builds a full request context for every call
 * (a clone, the path as a string, the selection as JSON arrays), starts and stops a metrics timer and wraps
 * the DataLoader's future in a Mutiny pipeline with context propagation; none of that is read, because the
 * batch loader builds its own context from the first parent's environment when the batch runs. At hundreds
 * of parents per response that was a fifth of the CPU time of a nested list. The key context handed to the
 * DataLoader is exactly SmallRye's ({@code arguments} and {@code dataFetchingEnvironment}), so the batch
 * call, its arguments and its errors are unchanged. What goes is the per-parent {@code mp_graphql} timer of
 * these fields, which timed only the enqueueing into the DataLoader, not the batch read.
 */
public class BatchFieldFetchers implements EventingService {

    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.batch-field-fetchers.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Map<FieldCoordinates, DataFetcher<?>> replacements = new HashMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                if (registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?> smallrye) {
                    DirectBatchFetcher direct = DirectBatchFetcher.replacing(smallrye);
                    if (direct != null) {
                        replacements.put(coordinates, direct);
                    }
                }
            }
        }
        if (replacements.isEmpty()) {
            return builder;
        }
        GraphQLCodeRegistry direct = registry.transform(code -> replacements.forEach(code::dataFetcher));
        Log.debugf("Batched GraphQL fields loaded directly: %d", replacements.size());
        return builder.schema(schema.transform(s -> s.codeRegistry(direct)));
    }

    /** Queues the parent on the field's DataLoader with the key context SmallRye's batch loader reads. */
    static final class DirectBatchFetcher implements DataFetcher<Object> {

        private final String loaderName;
        private final ArgumentHelper arguments;

        private DirectBatchFetcher(String loaderName, ArgumentHelper arguments) {
            this.loaderName = loaderName;
            this.arguments = arguments;
        }

        /** A fetcher doing what {@code smallrye} does minus its per-parent context, or null if unsure. */
        static DirectBatchFetcher replacing(BatchDataFetcher<?> smallrye) {
            try {
                return new DirectBatchFetcher((String) read(smallrye, "batchLoaderName"),
                        (ArgumentHelper) read(smallrye, "argumentHelper"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                Log.debugf("Keeping SmallRye's batch fetcher for a field: %s", e);
                return null;
            }
        }

        private static Object read(BatchDataFetcher<?> fetcher, String name) throws ReflectiveOperationException {
            Field field = BatchDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            Object value = field.get(fetcher);
            if (value == null) {
                throw new IllegalStateException("no " + name);
            }
            return value;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            List<Object> values = arguments.getArguments(environment, true);
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put("arguments", values == null ? new ArrayList<>() : values);
            keyContext.put("dataFetchingEnvironment", environment);
            return environment.getDataLoader(loaderName).load(environment.getSource(), keyContext);
        }
    }
}
