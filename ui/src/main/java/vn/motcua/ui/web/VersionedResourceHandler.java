package vn.motcua.ui.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Our own scripts and style sheets (no library: {@code css/motcua.css}, {@code js/motcua.js}) get a version in their
 * URL, {@code v=} a checksum of their content, as PrimeFaces' resources get {@code v=15.0.13}: every resource URL
 * then names one content, so {@link ResourceCacheFilter} lets browsers keep it for a year, and a new build with
 * changed content has a new URL. The checksum is computed once per resource name.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || libraryName != null) {
            return resource;
        }
        String version = versions.computeIfAbsent(resourceName, n -> checksum(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    @Override
    public Resource createResource(String resourceName) {
        return createResource(resourceName, null);
    }

    private static String checksum(Resource resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = resource.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource.getResourceName(), e);
        }
        return Long.toHexString(crc.getValue());
    }
}
