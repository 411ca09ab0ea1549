package dk.debatradar.esnode;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.TransportService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts one real Elasticsearch node in this JVM and keeps it running until SIGTERM.
 *
 * <p>Usage: {@code Launcher --home DIR [--port-file FILE] [--http-port N] [--cluster-name NAME]
 * [--node-name NAME] [--transport-port N] [--transport-port-file FILE] [--seed-hosts H:P,...]
 * [--initial-master-nodes NAME,...]}. DIR holds config/, data/ and logs/. The bound HTTP (and
 * transport) port is written to FILE (atomically) once the node has started; with port 0 (the
 * default) the OS picks a free port.
 *
 * <p>Without {@code --seed-hosts} the node is a single-node cluster. With it (the value may be
 * empty for the first node of a new cluster) the node is a member of a multi-node cluster: it
 * discovers its peers at those transport addresses, bootstraps with
 * {@code cluster.initial_master_nodes} when given (only the first start of a new cluster), and
 * does not wait for a master before it starts answering HTTP.
 */
public final class Launcher {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,
        DanishAnalysisPlugin.class,
        RootInfoPlugin.class
    );

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "--home")).toAbsolutePath();
        String clusterName = options.getOrDefault("--cluster-name", "debatradar-test");
        String nodeName = options.getOrDefault("--node-name", "es-node-1");
        Path config = Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("logs"));
        writeLogConfig(config.resolve("log4j2.properties"));

        Settings.Builder builder = Settings.builder()
            .put("cluster.name", clusterName)
            .put("node.name", nodeName)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", options.getOrDefault("--host", "127.0.0.1"))
            .put("http.port", options.getOrDefault("--http-port", "0"))
            .put("transport.port", options.getOrDefault("--transport-port", "0"))
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.destructive_requires_name", true);
        String seeds = options.get("--seed-hosts");
        if (seeds == null) {
            builder.put("discovery.type", "single-node");
        } else {
            builder.putList("discovery.seed_hosts", list(seeds));
            String masters = options.getOrDefault("--initial-master-nodes", "");
            if (!masters.isBlank()) {
                builder.putList("cluster.initial_master_nodes", list(masters));
            }
            // answer HTTP at once; the script waits for the cluster to form
            builder.put("discovery.initial_state_timeout", "0s");
        }
        Settings settings = builder.build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> nodeName);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setClusterName(clusterName);
        LogConfigurator.setNodeName(nodeName);
        LogConfigurator.configure(environment, true);

        Node node = new ClasspathNode(environment, PLUGINS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, stopped), "es-node-shutdown"));
        node.start();

        // the transport port first: once the HTTP port file exists, both are there
        String transportPortFile = options.get("--transport-port-file");
        if (transportPortFile != null) {
            int transportPort =
                node.injector().getInstance(TransportService.class).boundAddress().publishAddress().getPort();
            writeAtomically(Path.of(transportPortFile), Integer.toString(transportPort) + "\n");
        }
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        String portFile = options.get("--port-file");
        if (portFile != null) {
            writeAtomically(Path.of(portFile), Integer.toString(port) + "\n");
        }
        System.out.println("elasticsearch node '" + nodeName + "' listening on http://127.0.0.1:" + port);
        stopped.await();
    }

    private static void close(Node node, CountDownLatch stopped) {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("error while stopping the node: " + e);
        } finally {
            stopped.countDown();
        }
    }

    private static void writeLogConfig(Path file) throws IOException {
        String text = String.join(
            "\n",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.console.ref = console",
            "logger.deprecation.name = org.elasticsearch.deprecation",
            "logger.deprecation.level = error",
            ""
        );
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected '--option value' pairs, got: " + String.join(" ", args));
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing required option " + name);
        }
        return value;
    }
}
