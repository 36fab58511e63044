package org.factcheck.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.security.auth.module.UnixSystem;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * A real PostgreSQL server for the tests: zonky's embedded PostgreSQL (binaries from Maven Central), listening on
 * 127.0.0.1 only.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}), and the tests run as root in
 * containers and CI. Zonky handles it where it can: as root, it runs {@code initdb} and {@code pg_ctl} under
 * {@code unshare -U}, in a user namespace where the process is not root. Where user namespaces are not allowed
 * (Docker's default seccomp profile, {@code kernel.unprivileged_userns_clone=0}), the server runs as an unprivileged
 * user instead (system property {@code factcheck.test.postgres.user}, default {@code nobody}): the binaries given to
 * zonky are its own, with {@code bin/initdb} and {@code bin/pg_ctl} replaced by scripts that hand the data directory
 * to that user, make the binaries readable to it, and run the real programs through {@code runuser}. Zonky runs
 * everything else (ports, waiting for start-up, stopping, cleaning up) as usual.
 */
public final class TestPostgres {
    private static final String USER = System.getProperty("factcheck.test.postgres.user", "nobody");
    private static final String[] WRAPPED = {"initdb", "pg_ctl"};

    private TestPostgres() {
    }

    public static EmbeddedPostgres start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            requireRunuser();
            builder.setPgBinaryResolver(new UnprivilegedBinaries());
        }
        return builder.start();
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    private static void requireRunuser() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "runuser"))) {
                return;
            }
        }
        throw new IllegalStateException("the tests run as root and PostgreSQL refuses to: it must run as another"
                + " user, through runuser (util-linux), which is not on the PATH");
    }

    /** The shell script that stands for {@code bin/<name>}: as root, runs {@code bin/<name>.real} as {@link #USER}. */
    static String wrapper(String name) {
        return """
                #!/bin/sh
                # PostgreSQL refuses to run as root: run the real %1$s as %2$s.
                set -e
                pg=$(cd "$(dirname "$0")/.." && pwd)
                chmod -R go+rX "$pg"
                data=
                previous=
                for arg in "$@"; do
                    if [ "$previous" = "-D" ]; then data=$arg; fi
                    previous=$arg
                done
                if [ -n "$data" ] && [ -d "$data" ]; then chown -R %2$s "$data"; fi
                cd /
                exec runuser -u %2$s -- "$pg/bin/%1$s.real" "$@"
                """.formatted(name, USER);
    }

    /**
     * Zonky's binaries for this system, with {@link #WRAPPED} programs behind {@link #wrapper} scripts. The archive
     * is the same bytes on every run, so zonky unpacks it once per machine (it keys its folder by the archive's MD5).
     */
    static final class UnprivilegedBinaries implements PgBinaryResolver {
        private byte[] archive;

        @Override
        public synchronized InputStream getPgBinary(String system, String architecture) throws IOException {
            if (archive == null) {
                try (InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
                    archive = repack(original);
                }
            }
            return new ByteArrayInputStream(archive);
        }

        private static byte[] repack(InputStream original) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(0)))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                TarArchiveEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    if (isWrapped(name)) {
                        entry.setName(name + ".real");
                    }
                    tar.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        in.transferTo(tar);
                    }
                    tar.closeArchiveEntry();
                }
                for (String program : WRAPPED) {
                    byte[] script = wrapper(program).getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry e = new TarArchiveEntry("bin/" + program);
                    e.setMode(0755);
                    e.setSize(script.length);
                    e.setModTime(0L);
                    tar.putArchiveEntry(e);
                    tar.write(script);
                    tar.closeArchiveEntry();
                }
            }
            return out.toByteArray();
        }

        private static boolean isWrapped(String name) {
            for (String program : WRAPPED) {
                if (name.equals("bin/" + program)) {
                    return true;
                }
            }
            return false;
        }
    }
}
