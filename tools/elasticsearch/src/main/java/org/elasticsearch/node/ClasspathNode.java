package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.List;

/**
 * A real Elasticsearch node whose plugins are classes on the class path (no distribution folder).
 * Lives in this package because the constructor of {@link Node} that takes a {@link NodeConstruction}
 * and {@link NodeServiceProvider} are package-private.
 */
public final class ClasspathNode extends Node {

    /**
     * @param environment the prepared node environment
     * @param pluginClasses the plugins to load, e.g. Netty4Plugin for HTTP
     */
    public ClasspathNode(Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(
            NodeConstruction.prepareConstruction(
                environment,
                ClasspathPluginsService.emptyLoader(),
                new ClasspathServiceProvider(pluginClasses),
                true
            )
        );
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> pluginClasses;

        ClasspathServiceProvider(List<Class<? extends Plugin>> pluginClasses) {
            this.pluginClasses = List.copyOf(pluginClasses);
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment.settings(), environment, pluginClasses);
        }
    }
}
