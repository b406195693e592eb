package vn.motcua.shared;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * JSON-P builders made once. {@code Json.createObjectBuilder()} and its siblings look the provider up through the
 * ServiceLoader on every call, which showed up in the profile of every request (the access-log line).
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    public static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private Jsonp() { }
}
