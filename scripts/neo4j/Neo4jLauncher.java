/*
 * ClaimGraph's local Neo4j: runs Neo4j 5.26 Community embedded, with Bolt on 127.0.0.1 only.
 * Started by scripts/db.ts (`npm run db:start`), which resolves the classpath from pom.xml and
 * passes the JVM flags Neo4j 5 needs on Java 17. Stopped by SIGTERM; the shutdown hook closes the store.
 *
 * Configuration (environment):
 *   NEO4J_BOLT_PORT            Bolt port on 127.0.0.1 (default 7687)
 *   CLAIMGRAPH_NEO4J_HOME      store and logs (default .data/neo4j)
 *   NEO4J_USER/NEO4J_PASSWORD  the account the app logs in with (default neo4j / claimgraph-local)
 *   NEO4J_TX_TIMEOUT_SECONDS   server-side transaction timeout (default 120)
 *   NEO4J_TX_MEMORY_MAX        per-transaction memory cap, e.g. 1g (default 1g)
 *   NEO4J_PAGECACHE            page cache size, e.g. 512m (default 512m)
 *
 * Exit codes: 0 clean stop, 2 bad configuration, 3 port taken, 4 Neo4j failed to start.
 */

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) {
        int port;
        long txMemory;
        long pageCache;
        int txTimeout;
        try {
            port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
            if (port < 1 || port > 65535) throw new NumberFormatException("out of range");
            txTimeout = Integer.parseInt(env("NEO4J_TX_TIMEOUT_SECONDS", "120"));
            txMemory = SettingValueParsers.BYTES.parse(env("NEO4J_TX_MEMORY_MAX", "1g"));
            pageCache = SettingValueParsers.BYTES.parse(env("NEO4J_PAGECACHE", "512m"));
        } catch (RuntimeException e) {
            fail(2, "neo4j-launcher: invalid configuration (" + e.getMessage()
                    + "); check NEO4J_BOLT_PORT, NEO4J_TX_TIMEOUT_SECONDS, NEO4J_TX_MEMORY_MAX, NEO4J_PAGECACHE.");
            return;
        }
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "claimgraph-local");
        if (password.length() < 8) {
            fail(2, "neo4j-launcher: NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum).");
        }
        Path home = Path.of(env("CLAIMGRAPH_NEO4J_HOME", ".data/neo4j")).toAbsolutePath();

        // Fail with a sentence rather than a Netty stack trace when the port is in use.
        if (!portFree(port)) {
            fail(3, "neo4j-launcher: port " + HOST + ":" + port
                    + " is already taken; stop what uses it or set NEO4J_BOLT_PORT to a free port.");
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(Map.of(
                            BoltConnector.enabled, true,
                            BoltConnector.listen_address, new SocketAddress(HOST, port),
                            BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                            HttpConnector.enabled, false,
                            HttpsConnector.enabled, false,
                            GraphDatabaseSettings.auth_enabled, true,
                            GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout),
                            GraphDatabaseSettings.memory_transaction_max_size, txMemory,
                            GraphDatabaseSettings.pagecache_memory, pageCache,
                            GraphDatabaseSettings.keep_logical_logs, "2 files"))
                    .build();
        } catch (Exception e) {
            fail(4, "neo4j-launcher: Neo4j failed to start: " + e + " (logs under " + home.resolve("logs") + ")");
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Path pidFile = home.resolve("launcher.pid");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(pidFile);
                } catch (IOException ignored) {
                    // a stale pid file is detected by db.ts through the process table
                }
                stopped.countDown();
            }
        }, "claimgraph-neo4j-shutdown"));

        try {
            setPassword(dbms, user, password);
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        } catch (Exception e) {
            fail(4, "neo4j-launcher: could not prepare the account '" + user + "': " + e.getMessage());
        }
        System.out.println("READY bolt://" + HOST + ":" + port + " home=" + home);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /*
     * Community edition has one admin account. The password comes from the environment on every start,
     * so rotating NEO4J_PASSWORD needs no extra step; a non-default user name is created on first use.
     */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $u RETURN count(*) AS n",
                Map.of("u", user), r -> ((Number) r.next().get("n")).longValue() > 0);
        String cypher = exists
                ? "ALTER USER " + quoteName(user) + " SET PASSWORD $p CHANGE NOT REQUIRED"
                : "CREATE USER " + quoteName(user) + " SET PASSWORD $p CHANGE NOT REQUIRED";
        try {
            system.executeTransactionally(cypher, Map.of("p", password));
        } catch (RuntimeException e) {
            // A restart with the same password: Neo4j refuses to "change" it to itself, and the
            // account is already as it should be.
            String message = String.valueOf(e.getMessage());
            if (!(exists && message.contains("Old password and new password cannot be the same"))) throw e;
        }
    }

    private static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void fail(int code, String message) {
        System.err.println(message);
        System.exit(code);
    }
}
