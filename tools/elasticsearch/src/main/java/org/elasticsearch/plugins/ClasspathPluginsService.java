package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plugins service that loads a fixed list of plugin classes from the application class path
 * instead of scanning the modules/ and plugins/ folders of a distribution. Lives in this package
 * because {@link PluginsService.LoadedPlugin}'s constructor and {@code loadPlugin} are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loaded;

    /**
     * @param settings the node settings
     * @param environment the node environment (its config dir is handed to the plugins)
     * @param pluginClasses plugin classes on the class path, instantiated in this order
     */
    public ClasspathPluginsService(Settings settings, Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), emptyLoader());
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin instance = loadPlugin(pluginClass, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getSimpleName(),
                "class path plugin " + pluginClass.getName(),
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL
            );
            plugins.add(new LoadedPlugin(descriptor, instance, pluginClass.getClassLoader()));
        }
        this.loaded = List.copyOf(plugins);
    }

    /**
     * A loader without module or plugin bundles. Built with the package-private constructor because
     * {@code createPluginsLoader} inspects the server's module descriptor, which is absent when the
     * server runs from the class path.
     */
    public static PluginsLoader emptyLoader() {
        return new PluginsLoader(Set.of(), Set.of(), Map.of());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(loaded.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }

    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        // Every plugin shares the application class loader, so SPI scanning per plugin would find the
        // same providers once per plugin; the server's own providers are found by the server itself.
        return List.of();
    }
}
