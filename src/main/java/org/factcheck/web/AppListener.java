package org.factcheck.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.factcheck.core.Checker;
import org.factcheck.core.Parsing;
import org.factcheck.core.RulesCompilation;
import org.factcheck.core.rules.RuleSetException;
import org.factcheck.service.CheckService;
import org.factcheck.service.RulesSync;
import org.factcheck.service.hook.Webhooks;
import org.factcheck.store.JdbcReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Starts the service with the webapp: reads the settings, compiles the rules (a folder with any problem stops the
 * start, listing each), opens the review store (a container DataSource from JNDI, else a JDBC URL, else H2 in the
 * data folder; Flyway brings its schema up to date), starts the webhook's deliveries and the poll of the rules'
 * generation that the nodes on one database share ({@link RulesSync}), and stops them when the webapp stops.
 */
public final class AppListener implements ServletContextListener {
    private static final Logger LOG = LoggerFactory.getLogger(AppListener.class);
    /** The context attribute of the daily purge's scheduler, when retention is set. */
    private static final String PURGES = "factcheck.purges";
    /** The context attribute of the drafts' reading (child processes to end with the webapp). */
    private static final String PARSING = "factcheck.parsing";

    /** One purge: logged, and never thrown out of the scheduler (which would stop the next ones). */
    private static void purge(CheckService service, int days) {
        try {
            LOG.info("retention of {} days: {} checks purged", days, service.purgeOlderThan(days));
        } catch (RuntimeException e) {
            LOG.error("the purge of checks older than {} days failed: {}", days, e.getMessage());
        }
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        WebConfig config = WebConfig.read(context::getInitParameter);
        Parsing parsing = config.parseWorkers() == 0 ? Parsing.inProcess(config.maxTextChars())
                : Parsing.inChildProcesses(config.maxTextChars(), config.parseWorkers(), config.parseMemoryMb());
        context.setAttribute(PARSING, parsing);
        Checker checker;
        JdbcReviewStore store = null;
        long generation;
        try {
            store = openStore(config);
            // Read before the folder is compiled: a reload elsewhere while it compiles is followed at the first poll.
            generation = store.currentRulesGeneration();
            // WebConfig has read the property, the environment and the context already: one place decides.
            checker = Checker.open(config.rules(), parsing, Checker.Languages.AT_ONCE, RulesCompilation.CHILD_PROCESS);
        } catch (RuleSetException e) {
            store.close();
            parsing.close();
            throw new IllegalStateException("the rules folder does not compile:\n" + String.join("\n", e.problems()), e);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            parsing.close(); // (no child outlives a failed start)
            throw e;
        }
        context.setAttribute(Attributes.CONFIG, config);
        context.setAttribute(Attributes.LIMITER, new RateLimiter(config.checksPerMinute(), Clock.systemUTC()));
        context.setAttribute(Attributes.WEBHOOKS, new Webhooks(store, config.webhook()));
        context.setAttribute(Attributes.SERVICE, new CheckService(checker, store,
                Duration.ofSeconds(config.reloadIntervalSeconds()), Clock.systemUTC(), config.checksAtOnce()));
        context.setAttribute(Attributes.RULES_SYNC, new RulesSync((CheckService) context.getAttribute(Attributes.SERVICE),
                store, config.rules(), generation).start(config.rulesPollSeconds()));
        if (config.retentionDays() > 0) {
            CheckService service = (CheckService) context.getAttribute(Attributes.SERVICE);
            ScheduledExecutorService purges = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "factcheck-purge");
                t.setDaemon(true);
                return t;
            });
            purges.scheduleAtFixedRate(() -> purge(service, config.retentionDays()), 0, 1, TimeUnit.DAYS);
            context.setAttribute(PURGES, purges);
        }
        LOG.info("factcheck started: rules {}, {} rules; drafts read {}; {}", checker.rulesFolder(),
                checker.rules().size(), parsing.description(),
                (config.apiTokenSha256() == null ? "no API token" : "API token configured")
                + (config.adminTokenSha256() == null ? "" : ", admin token configured")
                + (config.webhook().signed() ? ", webhook secret configured" : ""));
    }

    private static JdbcReviewStore openStore(WebConfig config) {
        DataSource container = lookup(config.jndi());
        if (container != null) {
            LOG.info("review store: container DataSource {}", config.jndi());
            return new JdbcReviewStore(container);
        }
        if (config.dbUrl() != null) {
            LOG.info("review store: {}", config.dbUrl());
            return JdbcReviewStore.jdbc(config.dbUrl(), config.dbUser(), config.dbPassword());
        }
        LOG.info("review store: H2 in {}", config.data().toAbsolutePath());
        return JdbcReviewStore.h2(config.data());
    }

    /** The container's DataSource bound at {@code name}, or null when there is none (or no JNDI at all). */
    private static DataSource lookup(String name) {
        try {
            Object o = new InitialContext().lookup(name);
            return o instanceof DataSource ds ? ds : null;
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(PURGES) instanceof ScheduledExecutorService purges) {
            purges.shutdownNow();
        }
        if (event.getServletContext().getAttribute(Attributes.RULES_SYNC) instanceof RulesSync sync) {
            sync.close();
        }
        if (event.getServletContext().getAttribute(Attributes.WEBHOOKS) instanceof Webhooks webhooks) {
            webhooks.close(); // before the store they record their attempts in
        }
        Object service = event.getServletContext().getAttribute(Attributes.SERVICE);
        if (service instanceof CheckService s) {
            s.close();
        }
        if (event.getServletContext().getAttribute(PARSING) instanceof Parsing parsing) {
            parsing.close();
        }
    }
}
