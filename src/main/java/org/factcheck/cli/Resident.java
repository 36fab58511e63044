package org.factcheck.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * The resident checker's place and protocol, shared by its client ({@link ResidentClient}) and itself
 * ({@link ResidentServer}); only the JDK's classes, so that a client starts in a tenth of a second.
 *
 * <p>A client sends one request on a Unix-domain socket: {@link #MAGIC}, a kind ({@link #CHECK}, {@link #STATUS},
 * {@link #STOP}) and, for a check, its working folder, arguments, environment, whether it is on a terminal and its
 * standard input when an argument is {@code -}. The resident checker answers with frames: a kind ({@link #OUT},
 * {@link #ERR}, {@link #EXIT}), then bytes (a length and the bytes) or, for the exit, the status.
 */
final class Resident {
    /** Environment variable: {@code off} checks in the command's own process. */
    static final String VARIABLE = "FACTCHECK_DAEMON";
    /** Environment variable: the seconds the resident checker waits for a check before it stops. */
    static final String IDLE_VARIABLE = "FACTCHECK_DAEMON_IDLE";
    /** Its default: ten minutes. */
    static final long DEFAULT_IDLE_SECONDS = 600;
    /** The system property the launcher names the cache folder with. */
    static final String CACHE_PROPERTY = "factcheck.cache";
    /** The system property the launcher names the class archive with, which the resident checker maps when it is there. */
    static final String ARCHIVE_PROPERTY = "factcheck.archive";

    /** The environment variables a run of {@code check} reads, which a client sends with its check. */
    static final java.util.List<String> VARIABLES = java.util.List.of("NO_COLOR", "FACTCHECK_RULES");

    static final int MAGIC = 0x46434431; // "FCD1"
    static final byte CHECK = 1;
    static final byte STATUS = 2;
    static final byte STOP = 3;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    private Resident() {
    }

    /**
     * Where the resident checker of one jar and one cache folder listens ({@code socket}), writes its log and is
     * started once ({@code lock}): a folder of the cache folder readable by its owner only, a name of its own for each
     * build of the jar, Java, time zone, locale and Java options (a client started otherwise meets another one).
     */
    record Place(Path folder, String key) {
        Path socket() {
            return folder.resolve(key + ".sock");
        }

        Path lock() {
            return folder.resolve(key + ".lock");
        }

        Path log() {
            return folder.resolve(key + ".log");
        }

        /** Written when one could not start here: the clients of the next minutes check in their own process. */
        Path failed() {
            return folder.resolve(key + ".failed");
        }

        /**
         * Makes the folder, readable and writable by this user only; refuses one that others may enter, where another
         * user could put a socket of theirs.
         *
         * @throws IOException when it cannot be made, or is not this user's alone
         */
        void make() throws IOException {
            Set<PosixFilePermission> own = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(own));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // made by another client at once
                }
            }
            if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(own)
                    || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName()
                            .equals(System.getProperty("user.name"))) {
                throw new IOException(folder + " is not this user's alone (drwx------)");
            }
        }
    }

    /** Those of {@link #VARIABLES} this process has, with their values. */
    static java.util.Map<String, String> environment() {
        java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
        for (String v : VARIABLES) {
            if (System.getenv(v) != null) {
                environment.put(v, System.getenv(v));
            }
        }
        return java.util.Collections.unmodifiableMap(environment);
    }

    /** The place of the resident checker of {@code jar} under the cache folder {@code cache}. */
    static Place place(Path jar, Path cache) {
        String options = System.getenv("FACTCHECK_JAVA_OPTIONS");
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (String part : new String[] {jar.toString(), stamp(jar), System.getProperty("java.home"),
                options == null ? "" : options, TimeZone.getDefault().getID(), Locale.getDefault().toLanguageTag()}) {
            for (byte b : (part + '\0').getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
        }
        return new Place(cache.resolve("daemon"), "checker-" + Long.toHexString(hash));
    }

    /** The jar's size and time, which a new build changes. */
    static String stamp(Path jar) {
        return size(jar) + "/" + modified(jar);
    }

    private static String size(Path jar) {
        try {
            return Long.toString(Files.size(jar));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String modified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IOException past {@code max} bytes: not a request of this protocol */
    static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("a field of " + n + " bytes");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException();
        }
        return bytes;
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in, 1 << 20), StandardCharsets.UTF_8);
    }
}
