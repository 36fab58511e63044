package org.factcheck.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the review service on an embedded Jetty, with H2 in the data folder. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the review page and the HTTP API (the WAR's webapp) on an embedded server.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "port to listen on (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one)",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--data", description = "data folder: the database and users.properties (default: ${DEFAULT-VALUE})",
            defaultValue = "factcheck-data")
    Path data;

    @Option(names = "--rules", description = "rules folder (default: the packaged rules)")
    Path rules;

    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            description = "serve HTTPS with this PKCS12 keystore (its password in FACTCHECK_TLS_PASSWORD)")
    Path tlsKeystore;

    @Option(names = "--behind-proxy", description = "take each request's client address, scheme and host from the "
            + "Forwarded or X-Forwarded-* headers a proxy in front of every request sets")
    boolean behindProxy;

    @Option(names = "--webapp", hidden = true, description = "webapp folder (default: the packaged one)")
    Path webapp;

    @Override
    public Integer call() throws Exception {
        EmbeddedServer.Tls tls = null;
        if (tlsKeystore != null) {
            String password = System.getenv("FACTCHECK_TLS_PASSWORD");
            if (password == null) {
                System.err.println("factcheck: --tls-keystore needs the keystore's password in FACTCHECK_TLS_PASSWORD");
                return 2;
            }
            try {
                tls = new EmbeddedServer.Tls(tlsKeystore, password);
            } catch (IllegalArgumentException e) {
                System.err.println("factcheck: --tls-keystore: " + e.getMessage());
                return 2;
            }
        }
        try (EmbeddedServer server = EmbeddedServer.start(host, port, data, rules, webapp, Map.of(), tls,
                behindProxy)) {
            System.out.println("factcheck is serving on " + (tls == null ? "http" : "https") + "://"
                    + ("127.0.0.1".equals(host) ? "localhost" : host) + ":" + server.port() + "/ (data in "
                    + Paths.get("").toAbsolutePath().resolve(data).normalize()
                    + "); Ctrl-C stops it.");
            server.join();
        }
        return 0;
    }
}
