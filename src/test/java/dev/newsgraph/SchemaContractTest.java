package dev.newsgraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.AstPrinter;
import io.quarkus.test.junit.QuarkusTest;

/** The served schema keeps every name and type of the public contract, and describes everything. */
@QuarkusTest
public class SchemaContractTest {

    @Test
    void servedSchemaContainsEveryContractTypeFieldArgumentAndEnumValue() throws IOException {
        TypeDefinitionRegistry contract = parse(readContract());
        TypeDefinitionRegistry served = parse(servedSchema());
        List<String> missing = new ArrayList<>();

        contract.getTypes(ObjectTypeDefinition.class).forEach(type -> {
            var ours = served.getType(type.getName(), ObjectTypeDefinition.class);
            if (ours.isEmpty()) {
                missing.add("type " + type.getName());
                return;
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                var match = ours.get().getFieldDefinitions().stream().filter(f -> f.getName().equals(field.getName())).findFirst();
                if (match.isEmpty()) {
                    missing.add(type.getName() + "." + field.getName());
                    continue;
                }
                String want = AstPrinter.printAst(field.getType());
                String have = AstPrinter.printAst(match.get().getType());
                if (!want.equals(have)) {
                    missing.add(type.getName() + "." + field.getName() + ": wanted " + want + ", served " + have);
                }
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    var arg = match.get().getInputValueDefinitions().stream()
                            .filter(a -> a.getName().equals(argument.getName())).findFirst();
                    if (arg.isEmpty()) {
                        missing.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                    } else if (!AstPrinter.printAst(argument.getType()).equals(AstPrinter.printAst(arg.get().getType()))) {
                        missing.add(type.getName() + "." + field.getName() + "(" + argument.getName() + "): wanted "
                                + AstPrinter.printAst(argument.getType()) + ", served " + AstPrinter.printAst(arg.get().getType()));
                    }
                }
            }
        });
        contract.getTypes(EnumTypeDefinition.class).forEach(type -> {
            var ours = served.getType(type.getName(), EnumTypeDefinition.class);
            if (ours.isEmpty()) {
                missing.add("enum " + type.getName());
                return;
            }
            for (EnumValueDefinition value : type.getEnumValueDefinitions()) {
                if (ours.get().getEnumValueDefinitions().stream().noneMatch(v -> v.getName().equals(value.getName()))) {
                    missing.add(type.getName() + "." + value.getName());
                }
            }
        });
        contract.getTypes(InputObjectTypeDefinition.class).forEach(type -> {
            var ours = served.getType(type.getName(), InputObjectTypeDefinition.class);
            if (ours.isEmpty()) {
                missing.add("input " + type.getName());
                return;
            }
            for (InputValueDefinition field : type.getInputValueDefinitions()) {
                if (ours.get().getInputValueDefinitions().stream().noneMatch(f -> f.getName().equals(field.getName()))) {
                    missing.add(type.getName() + "." + field.getName());
                }
            }
        });
        contract.getTypes(UnionTypeDefinition.class).forEach(type -> {
            if (served.getType(type.getName(), UnionTypeDefinition.class).isEmpty()) {
                missing.add("union " + type.getName());
            }
        });
        assertThat(missing).as("contract elements missing or changed in the served schema").isEmpty();
    }

    @Test
    void everyFilterOffersFreeText() {
        TypeDefinitionRegistry served = parse(servedSchema());
        for (String filter : List.of("ArticleFilter", "SourceFilter", "ExpertFilter", "ClaimFilter", "AgreementFilter")) {
            var type = served.getType(filter, InputObjectTypeDefinition.class);
            assertThat(type).as(filter).isPresent();
            assertThat(type.get().getInputValueDefinitions()).extracting(InputValueDefinition::getName).contains("text");
        }
    }

    @Test
    void everyTypeFieldAndArgumentHasADescription() {
        TypeDefinitionRegistry served = parse(servedSchema());
        List<String> undocumented = new ArrayList<>();
        served.getTypes(ObjectTypeDefinition.class).forEach(type -> {
            if (type.getDescription() == null) {
                undocumented.add(type.getName());
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                if (field.getDescription() == null) {
                    undocumented.add(type.getName() + "." + field.getName());
                }
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    if (argument.getDescription() == null) {
                        undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                    }
                }
            }
        });
        served.getTypes(InputObjectTypeDefinition.class).forEach(type -> {
            if (type.getDescription() == null) {
                undocumented.add(type.getName());
            }
            type.getInputValueDefinitions().stream().filter(f -> f.getDescription() == null)
                    .forEach(f -> undocumented.add(type.getName() + "." + f.getName()));
        });
        served.getTypes(EnumTypeDefinition.class).forEach(type -> {
            if (type.getDescription() == null) {
                undocumented.add(type.getName());
            }
            type.getEnumValueDefinitions().stream().filter(v -> v.getDescription() == null)
                    .forEach(v -> undocumented.add(type.getName() + "." + v.getName()));
        });
        assertThat(undocumented).as("schema elements without a description").isEmpty();
    }

    static String servedSchema() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    private static String readContract() throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream("/contract.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }
}
