package dev.newsgraph.graphql.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads plain entity fields (title, claim text, ids...) straight from the Java object. SmallRye's own
 * fetcher for such a field builds a fresh request context for every single value it reads (a clone, the
 * result path as a string, the selection as two JSON arrays) although nothing reads that context while a
 * plain field is read; at thousands of values per response that was most of the CPU time and garbage of a
 * list query. The value and its conversion (Long to ID, LocalDate to Date) stay exactly SmallRye's: the
 * same accessor and SmallRye's own {@link FieldHelper} transform. Fields with an adapter keep SmallRye's
 * fetcher, as does any field this class cannot make sense of.
 */
public class PlainFieldFetchers implements EventingService {

    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.plain-field-fetchers.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        List<Replacement> replacements = new ArrayList<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                if (registry.getDataFetcher(coordinates, field) instanceof FieldDataFetcher<?> smallrye) {
                    DirectFetcher direct = DirectFetcher.replacing(smallrye);
                    if (direct != null) {
                        replacements.add(new Replacement(coordinates, direct));
                    }
                }
            }
        }
        if (replacements.isEmpty()) {
            return builder;
        }
        GraphQLCodeRegistry direct = registry.transform(code -> replacements
                .forEach(r -> code.dataFetcher(r.coordinates(), r.fetcher())));
        Log.debugf("Plain GraphQL fields read directly: %d", replacements.size());
        return builder.schema(schema.transform(s -> s.codeRegistry(direct)));
    }

    private record Replacement(FieldCoordinates coordinates, DataFetcher<?> fetcher) {
    }

    /** Reads one public field or getter of the source object and converts it as SmallRye would. */
    static final class DirectFetcher implements TrivialDataFetcher<Object> {

        private final MethodHandle accessor;
        private final FieldHelper conversion;

        private DirectFetcher(MethodHandle accessor, FieldHelper conversion) {
            this.accessor = accessor;
            this.conversion = conversion;
        }

        /** A fetcher doing what {@code smallrye} does without its per-value context, or null if unsure. */
        static DirectFetcher replacing(FieldDataFetcher<?> smallrye) {
            try {
                io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) read(smallrye, "field");
                io.smallrye.graphql.schema.model.Reference owner = (io.smallrye.graphql.schema.model.Reference) read(smallrye, "owner");
                if (field.isAdaptingWith() || field.isAdaptingTo() || field.getReference().isAdaptingWith()
                        || field.getReference().isAdaptingTo()) {
                    return null;
                }
                Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle accessor = field.getMethodName() != null
                        ? lookup.unreflect(ownerClass.getMethod(field.getMethodName()))
                        : lookup.unreflectGetter(ownerClass.getField(field.getPropertyName()));
                return new DirectFetcher(accessor.asType(accessor.type().changeParameterType(0, Object.class)
                        .changeReturnType(Object.class)), new FieldHelper(field));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                Log.debugf("Keeping SmallRye's fetcher for a field: %s", e);
                return null;
            }
        }

        private static Object read(FieldDataFetcher<?> fetcher, String name) throws ReflectiveOperationException {
            Field field = FieldDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(fetcher);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Object value;
            try {
                value = accessor.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            try {
                return conversion.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                // SmallRye's fetcher, too, answers the unconverted value when the conversion fails.
                return value;
            }
        }
    }
}
