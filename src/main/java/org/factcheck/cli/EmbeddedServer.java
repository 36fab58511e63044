package org.factcheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.factcheck.web.SecurityHeadersFilter;

/**
 * The webapp of the WAR, run in an embedded Jetty 12 (Jakarta EE 11): the same {@code web.xml}, servlets and page,
 * with the project's classes and libraries from the class path. Users and roles come from
 * {@code users.properties} in the data folder ({@code name: password, role, …}), written on the first start with an
 * {@code editor} and an {@code admin} account whose passwords are {@code FACTCHECK_EDITOR_PASSWORD} and
 * {@code FACTCHECK_ADMIN_PASSWORD}, or random ones, printed once.
 */
public final class EmbeddedServer implements AutoCloseable {
    /** Where the CLI jar carries the webapp's sources. */
    static final String PACKAGED_WEBAPP = "factcheck-webapp";
    static final String USERS = "users.properties";

    private final Server server;
    private final ServerConnector connector;

    private EmbeddedServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the server.
     *
     * @param host    the address to listen on (127.0.0.1 by default)
     * @param port    the port, 0 for any free one
     * @param data    the data folder: the H2 database and the users file
     * @param rules   the rules folder, or null for the packaged rules
     * @param webapp  the webapp's folder, or null for the copy packaged in the jar
     * @param context more servlet context parameters (settings of {@code web.xml})
     */
    public static EmbeddedServer start(String host, int port, Path data, Path rules, Path webapp,
                                       Map<String, String> context) throws Exception {
        return start(host, port, data, rules, webapp, context, null);
    }

    /**
     * A keystore for HTTPS: a PKCS12 file with the server's key and certificate, and its password.
     *
     * @param keystore the .p12 file
     * @param password its password
     */
    public record Tls(Path keystore, String password) {
        public Tls {
            if (!Files.isRegularFile(keystore)) {
                throw new IllegalArgumentException("no keystore " + keystore);
            }
        }
    }

    /** The server as {@link #start(String, int, Path, Path, Path, Map)}, on HTTPS when {@code tls} is given. */
    public static EmbeddedServer start(String host, int port, Path data, Path rules, Path webapp,
                                       Map<String, String> context, Tls tls) throws Exception {
        return start(host, port, data, rules, webapp, context, tls, false);
    }

    /**
     * The server as {@link #start(String, int, Path, Path, Path, Map, Tls)}; behind a proxy, each request's client
     * address, scheme and host are those its {@code Forwarded} or {@code X-Forwarded-*} headers name (Jetty's
     * {@code ForwardedRequestCustomizer}): what the rate limit and the log of logins see. Only for a node every request
     * reaches through a proxy that sets those headers, since a client could write them too.
     */
    public static EmbeddedServer start(String host, int port, Path data, Path rules, Path webapp,
                                       Map<String, String> context, Tls tls, boolean behindProxy) throws Exception {
        Files.createDirectories(data);
        privateToTheUser(data);
        Path users = users(data);
        privateToTheUser(users);
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(…)": the container and its version are nobody's business
        http.setSendXPoweredBy(false);
        http.setMinRequestDataRate(MIN_UPLOAD_BYTES_PER_SECOND); // a body trickled slower than that is cut off (408)
        if (behindProxy) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector;
        if (tls == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            http.addCustomizer(new SecureRequestCustomizer()); // requests are secure: the session cookie gets Secure
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(tls.password());
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        }
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS); // a client that sends nothing for that long is cut off
        server.addConnector(connector);

        WebAppContext app = new WebAppContext();
        app.setContextPath("/");
        Path unpacked = webapp == null ? PackagedWebapp.unpack() : null;
        Path folder = webapp != null ? webapp : PackagedWebapp.webapp(unpacked);
        Resource base = ResourceFactory.of(server).newResource(folder);
        if (base == null || !base.exists()) {
            throw new IllegalStateException("the webapp is missing: " + folder);
        }
        app.setBaseResource(base);
        if (unpacked != null) {
            app.setDefaultsDescriptor(PackagedWebapp.defaults(unpacked).toString());
        }
        app.setParentLoaderPriority(true); // the project's classes and libraries are on the class path already
        app.setThrowUnavailableOnStartupException(true);
        app.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false"); // no folder listings
        Map<String, String> parameters = new LinkedHashMap<>(context);
        parameters.put("factcheck.data", data.toAbsolutePath().toString());
        if (rules != null) {
            parameters.put("factcheck.rules", rules.toAbsolutePath().toString());
        }
        parameters.forEach(app::setInitParameter);
        app.getSecurityHandler().setLoginService(Accounts.open(users, Clock.systemUTC()));
        RequestHeadDeadline heads = new RequestHeadDeadline(new SecurityHeaders(app), requestHeadMillis());
        connector.addEventListener(heads);
        server.setHandler(heads);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopAtShutdown(true);
        if (unpacked != null) {
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStopped(LifeCycle event) {
                    PackagedWebapp.delete(unpacked);
                }
            });
        }
        try {
            server.start();
        } catch (Exception e) {
            if (unpacked != null) {
                PackagedWebapp.delete(unpacked);
            }
            throw e;
        }
        return new EmbeddedServer(server, connector);
    }

    /**
     * The security headers on every response, those Jetty writes before the webapp sees the request too: the redirect
     * to the login page comes from Jetty's security handler, past the webapp's filters.
     */
    private static final class SecurityHeaders extends Handler.Wrapper {
        SecurityHeaders(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().put("Content-Security-Policy", SecurityHeadersFilter.CSP);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            return super.handle(request, response, callback);
        }
    }

    /**
     * The server's own errors (a malformed URL or request line, before the webapp sees it) as an RFC 9457 problem, as
     * the webapp answers its errors: no HTML page of the container's.
     */
    private static final class ProblemErrorHandler extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.write(true, ByteBuffer.wrap(problem(code).getBytes(StandardCharsets.UTF_8)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            return ByteBuffer.wrap(problem(status).getBytes(StandardCharsets.UTF_8));
        }

        private static String problem(int status) {
            String title = HttpStatus.getMessage(status);
            return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}";
        }
    }

    /** The slowest a request body may come, on average, in bytes a second: 10 MB take at most three hours. */
    static final long MIN_UPLOAD_BYTES_PER_SECOND = 1024;

    /**
     * How long a connection may take to send a whole request head while none of its requests is under way, in
     * milliseconds: {@code factcheck.request-head-seconds} (a system property), 20 s by default.
     */
    static long requestHeadMillis() {
        String v = System.getProperty("factcheck.request-head-seconds");
        try {
            long seconds = v == null ? 20 : Long.parseLong(v.trim());
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return seconds * 1000;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("factcheck.request-head-seconds must be a positive whole number, not '"
                    + v + "'");
        }
    }

    /** How long a connection may stay silent, in milliseconds. */
    static final long IDLE_TIMEOUT_MS = 30_000;

    /** Only the user may read a folder or file of the data (the database, the accounts), where the system allows. */
    static void privateToTheUser(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------"
                : "rw-------"));
    }

    /** The file beside the accounts where the first start leaves the passwords it chose, for their user only. */
    static final String INITIAL_PASSWORDS = "initial-passwords.txt";

    /**
     * The users file of the data folder, written with the two default accounts when it does not exist. Their
     * passwords are {@code FACTCHECK_EDITOR_PASSWORD} and {@code FACTCHECK_ADMIN_PASSWORD}, or chosen at random and
     * left in {@value #INITIAL_PASSWORDS} (readable by the user only): never printed, and kept hashed in the file.
     */
    static Path users(Path data) throws IOException {
        Path users = data.resolve(USERS);
        if (Files.exists(users)) {
            return users;
        }
        String editor = password("FACTCHECK_EDITOR_PASSWORD");
        String admin = password("FACTCHECK_ADMIN_PASSWORD");
        try (Writer w = Files.newBufferedWriter(users, StandardCharsets.UTF_8)) {
            w.write("# Accounts of the embedded server: name: password, role, role. Roles: editor, admin.\n");
            w.write("# Passwords are kept as bcrypt hashes; write a new one in clear to change it: the next start hashes it.\n");
            w.write("editor: " + Accounts.hash(editor) + ", editor\n");
            w.write("admin: " + Accounts.hash(admin) + ", admin, editor\n");
        }
        if (System.getenv("FACTCHECK_EDITOR_PASSWORD") == null || System.getenv("FACTCHECK_ADMIN_PASSWORD") == null) {
            Path first = data.resolve(INITIAL_PASSWORDS);
            Files.writeString(first, "editor: " + editor + "\nadmin: " + admin + "\n", StandardCharsets.UTF_8);
            privateToTheUser(first);
            System.out.println("Created " + users + " with the accounts editor and admin; their first passwords are in "
                    + first + ", readable by you only: delete it once read.");
        }
        return users;
    }

    private static String password(String variable) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The port it listens on (the one chosen, for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
