package org.factcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.security.Credential;
import org.factcheck.web.WebConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * The accounts of the embedded server, from {@code users.properties} of the data folder ({@code name: credential,
 * role, role}). A credential is kept as a bcrypt hash ({@code BCRYPT:$2a$…}); a password written in clear by whoever
 * edits the file is hashed, and the file rewritten, when the server starts. Logins are throttled: after
 * {@value #MAX_FAILURES} failures in {@value #WINDOW_MINUTES} minutes for an account, or from an address, the next
 * ones are refused unchecked until the window clears; every failure and refusal is logged. A password verified once
 * is remembered (as its SHA-256) for {@value #REMEMBER_MINUTES} minutes, since HTTP Basic sends it with every request
 * and bcrypt costs tens of milliseconds by design.
 */
final class Accounts extends AbstractLoginService {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    static final String PREFIX = "BCRYPT:";
    static final int COST = 10;
    static final int MAX_FAILURES = 5;
    static final int WINDOW_MINUTES = 15;
    static final int REMEMBER_MINUTES = 5;
    /** Past this many accounts and addresses with failures, those whose window has cleared are forgotten. */
    static final int SWEEP_AT = 10_000;
    /** The most accounts and addresses whose failures are kept: past it, those of the oldest failures go first. */
    static final int MAX_TRACKED = 50_000;

    /** An account: its bcrypt hash and roles. */
    record Account(String name, String hash, List<String> roles) {
    }

    private final Path file;
    private volatile Map<String, Account> accounts;
    private volatile java.nio.file.attribute.FileTime readAt;
    private volatile long lastLook;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    /** The number of accounts and addresses with failures at which the next sweep runs. */
    private volatile int sweepAt = SWEEP_AT;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** A password verified for an account: its SHA-256, and until when it is trusted without bcrypt. */
    private record Remembered(byte[] sha256, long until) {
    }

    private Accounts(Path file, Map<String, Account> accounts, Clock clock) throws IOException {
        this.file = file;
        this.accounts = accounts;
        this.readAt = Files.getLastModifiedTime(file);
        this.clock = clock;
        this.lastLook = clock.millis();
        setName("factcheck");
    }

    /** Reads the accounts file, hashing (and rewriting) the passwords written in clear. */
    static Accounts open(Path file, Clock clock) throws IOException {
        return new Accounts(file, read(file), clock);
    }

    /**
     * The accounts of the file, hashing (and rewriting, the file staying its user's only) the passwords written in
     * clear.
     */
    static Map<String, Account> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        Map<String, Account> accounts = new LinkedHashMap<>();
        boolean rewritten = false;
        for (String line : lines) {
            Entry entry = entry(line);
            if (entry == null) {
                out.add(line);
                continue;
            }
            String credential = entry.credential();
            if (!credential.startsWith(PREFIX)) {
                credential = hash(credential);
                rewritten = true;
            }
            accounts.put(entry.name(), new Account(entry.name(), credential.substring(PREFIX.length()), entry.roles()));
            out.add(line(entry.name(), credential, entry.roles()));
        }
        if (rewritten) {
            Files.write(file, out, StandardCharsets.UTF_8);
            EmbeddedServer.privateToTheUser(file);
            LOG.info("hashed the passwords written in clear in {}", file);
        }
        return Map.copyOf(accounts);
    }

    /** A line of the accounts file as written: the name, the credential (a hash, or a password in clear), roles. */
    record Entry(String name, String credential, List<String> roles) {
    }

    /** The account a line of the file gives, or null for a comment, a blank line or a line without a name. */
    static Entry entry(String line) {
        String t = line.strip();
        int colon = t.indexOf(':');
        if (t.isEmpty() || t.startsWith("#") || colon <= 0) {
            return null;
        }
        String[] parts = t.substring(colon + 1).split(",");
        List<String> roles = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                roles.add(parts[i].strip());
            }
        }
        return new Entry(t.substring(0, colon).strip(), parts[0].strip(), List.copyOf(roles));
    }

    /** A line of the accounts file. */
    static String line(String name, String credential, List<String> roles) {
        return name + ": " + credential + (roles.isEmpty() ? "" : ", " + String.join(", ", roles));
    }

    /**
     * The accounts in force: the file is read again when it changed (a password set with the {@code password}
     * command, or edited), looked at once a second at most.
     */
    private Map<String, Account> accounts() {
        long now = clock.millis();
        if (now - lastLook >= 1000) {
            lastLook = now;
            try {
                java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
                if (!modified.equals(readAt)) {
                    accounts = read(file);
                    readAt = Files.getLastModifiedTime(file);
                    remembered.clear();
                    LOG.info("accounts read again from {}", file);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("the accounts file {} cannot be read again ({}): the accounts read before stay", file,
                        e.getMessage());
            }
        }
        return accounts;
    }

    /** A password as the accounts file keeps it: {@code BCRYPT:} and its bcrypt hash. */
    static String hash(String password) {
        return PREFIX + BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request,
                              Function<Boolean, Session> getOrCreateSession) {
        return login(username, credentials, request == null ? "?" : Request.getRemoteAddr(request), request,
                getOrCreateSession);
    }

    /** A login from {@code address}, throttled. */
    UserIdentity login(String username, Object credentials, String address, Request request,
                       Function<Boolean, Session> getOrCreateSession) {
        long now = clock.millis();
        if (failed(now, "user:" + username) >= MAX_FAILURES || failed(now, "address:" + address) >= MAX_FAILURES) {
            LOG.warn("login refused for {} from {}: {} failures in {} minutes", username, address, MAX_FAILURES,
                    WINDOW_MINUTES);
            return null;
        }
        UserIdentity identity = super.login(username, credentials, request, getOrCreateSession);
        if (identity == null) {
            if (accounts().containsKey(username)) { // a name of no account has nothing to protect, nor to count
                record(now, "user:" + username);
            }
            record(now, "address:" + address);
            LOG.warn("login failed for {} from {}", username, address);
        }
        return identity;
    }

    private int failed(long now, String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_MINUTES * 60_000L) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(long now, String key) {
        if (failures.size() >= sweepAt && !failures.containsKey(key)) {
            sweep(now);
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > MAX_FAILURES * 2) {
                times.pollFirst();
            }
        }
    }

    /**
     * Forgets the accounts and addresses whose failures are all older than the window; then, while more than
     * {@value #MAX_TRACKED} are left (failures from that many addresses within the window), those of the oldest last
     * failure.
     */
    private synchronized void sweep(long now) {
        if (failures.size() < sweepAt) {
            return; // another thread swept
        }
        failures.entrySet().removeIf(e -> newest(e.getValue()) < now - WINDOW_MINUTES * 60_000L);
        int excess = failures.size() - MAX_TRACKED + MAX_TRACKED / 10;
        if (failures.size() >= MAX_TRACKED && excess > 0) {
            LOG.warn("failed logins from more than {} addresses in {} minutes: the oldest {} are forgotten",
                    MAX_TRACKED, WINDOW_MINUTES, excess);
            failures.entrySet().stream().sorted(java.util.Comparator.comparingLong(e -> newest(e.getValue())))
                    .limit(excess).map(Map.Entry::getKey).toList().forEach(failures::remove);
        }
        sweepAt = failures.size() + SWEEP_AT; // the next sweep once as many more are new: linear work in all
    }

    private static long newest(Deque<Long> times) {
        synchronized (times) {
            return times.isEmpty() ? Long.MIN_VALUE : times.peekLast();
        }
    }

    /** How many accounts and addresses have failures on record. */
    int tracked() {
        return failures.size();
    }

    @Override
    protected UserPrincipal loadUserInfo(String username) {
        Account a = accounts().get(username);
        return a == null ? null : new UserPrincipal(username, new Hashed(a));
    }

    @Override
    protected List<RolePrincipal> loadRoleInfo(UserPrincipal user) {
        Account a = accounts().get(user.getName());
        return a == null ? List.of() : a.roles().stream().map(RolePrincipal::new).toList();
    }

    /** A bcrypt hash as Jetty's credential, remembering a verified password for a few minutes. */
    private final class Hashed extends Credential {
        private static final long serialVersionUID = 1L;
        private final transient Account account;

        Hashed(Account account) {
            this.account = account;
        }

        @Override
        public boolean check(Object credentials) {
            if (!(credentials instanceof String password)) {
                return false;
            }
            byte[] sha = WebConfig.sha256(password).getBytes(StandardCharsets.US_ASCII);
            long now = clock.millis();
            Remembered r = remembered.get(account.name());
            if (r != null && r.until() > now && MessageDigest.isEqual(r.sha256(), sha)) {
                return true;
            }
            boolean ok = BCrypt.verifyer().verify(password.toCharArray(), account.hash().toCharArray()).verified;
            if (ok) {
                remembered.put(account.name(), new Remembered(sha, now + REMEMBER_MINUTES * 60_000L));
            }
            return ok;
        }
    }
}
