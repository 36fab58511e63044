package org.factcheck.web;

/** Names of the servlet context attributes the webapp keeps its service and settings under. */
final class Attributes {
    /** The {@link org.factcheck.service.CheckService}. */
    static final String SERVICE = "factcheck.service";
    /** The {@link WebConfig}. */
    static final String CONFIG = "factcheck.config";
    /** The {@link RateLimiter} of {@code POST /api/checks} and {@code POST /v2/check}. */
    static final String LIMITER = "factcheck.limiter";
    /** The {@link org.factcheck.service.hook.Webhooks}: the webhook's registration and deliveries. */
    static final String WEBHOOKS = "factcheck.webhooks";
    /** The {@link org.factcheck.service.RulesSync}: the rules' generation shared by the nodes on the database. */
    static final String RULES_SYNC = "factcheck.rules-sync";

    private Attributes() {
    }
}
