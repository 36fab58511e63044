package org.factcheck.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factcheck.core.rules.RuleSetException;
import org.factcheck.store.RulesGeneration;
import org.factcheck.store.RulesGenerationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the rules of the nodes sharing one database in step. A reload that compiled on a node is recorded as a new
 * rules generation in the database ({@link #published}); every node polls the generation (one small SELECT) and,
 * when it moved, compiles its own rules folder again. The nodes are expected to share the folder's content (a shared
 * volume, the same deployment): when a node's folder hash differs from the one the reloading node recorded, it says
 * so in the log, and still reloads.
 */
public final class RulesSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesSync.class);

    private final CheckService service;
    private final RulesGenerationStore store;
    private final Path rulesFolder;
    /** The generation this node's rules are of. Written under {@code this}; read without it (by /health). */
    private volatile long seen;
    private ScheduledExecutorService poller;

    /**
     * A node whose rules are of the generation in force now (it compiled its folder a moment ago).
     *
     * @param rulesFolder the node's rules folder, or null for the packaged rules (which have no hash)
     */
    public RulesSync(CheckService service, RulesGenerationStore store, Path rulesFolder) {
        this(service, store, rulesFolder, store.currentRulesGeneration());
    }

    /**
     * @param rulesFolder the node's rules folder, or null for the packaged rules (which have no hash)
     * @param generation  the generation the node's rules are of: the one read before it compiled its folder, so that
     *                    a reload elsewhere while it compiled is followed at the first poll
     */
    public RulesSync(CheckService service, RulesGenerationStore store, Path rulesFolder, long generation) {
        this.service = Objects.requireNonNull(service, "service");
        this.store = Objects.requireNonNull(store, "store");
        this.rulesFolder = rulesFolder;
        this.seen = generation;
    }

    /** Polls every {@code seconds} seconds on a daemon thread (none for 0). */
    public RulesSync start(int seconds) {
        if (seconds > 0) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "factcheck-rules-poll");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::pollQuietly, seconds, seconds, TimeUnit.SECONDS);
        }
        return this;
    }

    /** The generation of this node's rules; never waits for a reload under way. */
    public long generation() {
        return seen;
    }

    /**
     * Records that this node's rules were reloaded and compiled, for the other nodes to follow.
     *
     * @param by who asked for the reload, or null
     * @return the new generation
     */
    public synchronized RulesGeneration published(String by) {
        String hash;
        try {
            hash = hash(rulesFolder);
        } catch (UncheckedIOException e) {
            LOG.warn("{}: the rules generation is recorded without the folder's hash", e.getMessage());
            hash = null;
        }
        RulesGeneration g = store.bumpRulesGeneration(by, hash);
        seen = Math.max(seen, g.generation());
        LOG.info("rules reloaded by {}: generation {} (rules folder {})", by, g.generation(), g.rulesHash());
        return g;
    }

    /**
     * Reloads this node's rules when another node moved the generation past this node's.
     *
     * @return true when it reloaded (or tried to, and the folder did not compile)
     */
    public synchronized boolean poll() {
        long current = store.currentRulesGeneration();
        if (current <= seen) {
            return false;
        }
        RulesGeneration g = store.rulesGeneration();
        String mine;
        try {
            mine = hash(rulesFolder);
        } catch (UncheckedIOException e) {
            mine = e.getMessage();
        }
        if (!Objects.equals(mine, g.rulesHash())) {
            LOG.warn("rules generation {} was reloaded by {} from a rules folder with hash {}, but this node's rules"
                    + " folder {} has hash {}: the nodes do not share their rules folder's content, and this node"
                    + " reloads its own", g.generation(), g.reloadedBy(), g.rulesHash(),
                    rulesFolder == null ? "(packaged)" : rulesFolder.toAbsolutePath(), mine);
        }
        try {
            int rules = service.reloadForPeer().rules().size();
            LOG.info("rules generation {} (reloaded by {}): this node reloaded its rules, {} rules", g.generation(),
                    g.reloadedBy(), rules);
        } catch (RuleSetException e) {
            LOG.error("rules generation {} (reloaded by {}): this node's rules folder does not compile, its rules"
                    + " loaded before go on serving:\n{}", g.generation(), g.reloadedBy(), String.join("\n", e.problems()));
        }
        seen = Math.max(seen, g.generation()); // a folder that does not compile is not tried again until the next one
        return true;
    }

    /** One poll on the scheduler: logged, never thrown out of it (which would stop the next ones). */
    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("polling the rules generation failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /**
     * The SHA-256 (hex) of a rules folder's content: each regular file's path relative to the folder and its bytes, in
     * the order of their paths; null for the packaged rules (no folder).
     */
    public static String hash(Path folder) {
        if (folder == null) {
            return null;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                byte[] name = folder.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
                digest.update(name);
                digest.update((byte) 0);
                digest.update(Long.toString(Files.size(f)).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the rules folder " + folder + " failed", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
