package dev.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every extracted value has a stored value of the same name, and every stored value can be extracted. */
class EnumBridgeTest {

    private static final List<Class<? extends Enum<?>>[]> PAIRS = List.of(
            pair(dev.newsgraph.extract.ClaimKind.class, dev.newsgraph.claim.ClaimKind.class),
            pair(dev.newsgraph.extract.Stance.class, dev.newsgraph.claim.Stance.class),
            pair(dev.newsgraph.extract.ClaimantType.class, dev.newsgraph.claim.ClaimantType.class),
            pair(dev.newsgraph.extract.ExpertCategory.class, dev.newsgraph.expert.ExpertCategory.class),
            pair(dev.newsgraph.extract.SourceKind.class, dev.newsgraph.source.SourceKind.class),
            pair(dev.newsgraph.extract.AgreementStatus.class, dev.newsgraph.agreement.AgreementStatus.class));

    @Test
    void everyExtractedConstantBridgesToTheStoredConstantOfTheSameName() {
        for (Class<? extends Enum<?>>[] pair : PAIRS) {
            for (Enum<?> extracted : pair[0].getEnumConstants()) {
                Enum<?> stored = bridge(pair[1], extracted);
                assertThat(stored.name()).as(pair[0].getName()).isEqualTo(extracted.name());
                assertThat(stored.getDeclaringClass()).isEqualTo(pair[1]);
            }
        }
    }

    @Test
    void everyStoredConstantIsReachedFromTheExtractedSide() {
        for (Class<? extends Enum<?>>[] pair : PAIRS) {
            List<String> reached = Arrays.stream(pair[0].getEnumConstants()).map(e -> bridge(pair[1], e).name()).toList();
            assertThat(reached).as(pair[1].getName())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(pair[1].getEnumConstants()).map(Enum::name).toList());
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Enum<?> bridge(Class<? extends Enum<?>> type, Enum<?> value) {
        return EnumBridge.stored((Class) type, value);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>>[] pair(Class<? extends Enum<?>> extracted, Class<? extends Enum<?>> stored) {
        return new Class[] { extracted, stored };
    }
}
