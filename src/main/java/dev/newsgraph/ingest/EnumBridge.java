package dev.newsgraph.ingest;

/**
 * The one place where an enum of {@code extract/} becomes the stored enum of the same name. extract/ stays free
 * of the entity packages, so each kind of value exists twice; both sides list the same constants
 * (EnumBridgeTest checks every pair, both ways).
 */
final class EnumBridge {

    private EnumBridge() {
    }

    static <T extends Enum<T>> T stored(Class<T> type, Enum<?> extracted) {
        return Enum.valueOf(type, extracted.name());
    }
}
