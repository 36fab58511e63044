package org.factcheck.core;

/**
 * Where rules that the cache of compiled rules does not hold are compiled (a new build of the jar, an edited rule,
 * a cache that is off).
 */
public enum RulesCompilation {
    /** In this process: the quickest for a process that checks a few drafts and stops (a command line). */
    IN_PROCESS,
    /**
     * In a child process, the packages read back here (as from the cache): for a service, which would otherwise keep
     * the compiler's classes and tables loaded for as long as it runs (12 MB of class metadata and 10 MB of heap).
     * Where no child can compile them (a WAR the container did not unpack), in this process, after a warning.
     */
    CHILD_PROCESS
}
