package org.policygraph.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

/**
 * Starts a real Neo4j DBMS (community) with the Bolt connector on a loopback address.
 *
 * <p>Arguments are passed as system properties so the Node CLI stays the single place that owns
 * configuration: pg.home, pg.plugins, pg.bolt.host, pg.bolt.port, pg.pagecache;
 * the password comes from the PG_NEO4J_PASSWORD environment variable (not visible in `ps`).
 * Prints "policy-graph-neo4j READY <version>" once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("pg.home")).toAbsolutePath();
    Path plugins = Path.of(required("pg.plugins")).toAbsolutePath();
    String host = System.getProperty("pg.bolt.host", "127.0.0.1");
    int port = Integer.parseInt(System.getProperty("pg.bolt.port", "7687"));
    String password = System.getenv("PG_NEO4J_PASSWORD");
    if (password == null || password.isBlank()) {
      System.err.println("policy-graph-neo4j: PG_NEO4J_PASSWORD is not set");
      System.exit(2);
    }
    String pageCache = System.getProperty("pg.pagecache", "512m");
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
            .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("policy-graph-neo4j STOPPING");
                  dbms.shutdown();
                },
                "policy-graph-neo4j-shutdown"));

    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    // The embedded API runs with full privileges: set the password on every start so the
    // password file (owned by the Node CLI) and the store never disagree.
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (QueryExecutionException e) {
      // A warm start: the store already holds this password. Anything else is fatal.
      if (e.getMessage() == null || !e.getMessage().contains("Old password and new password")) {
        System.err.println("policy-graph-neo4j FAILED " + e.getMessage());
        dbms.shutdown();
        System.exit(1);
      }
    }

    System.out.println("policy-graph-neo4j READY " + Version.getNeo4jVersion());
    System.out.flush();
    Thread.currentThread().join();
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      System.err.println("policy-graph-neo4j: missing -D" + name);
      System.exit(2);
    }
    return value;
  }
}
