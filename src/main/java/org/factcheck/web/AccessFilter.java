package org.factcheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Who may call the API. A CMS sends {@code Authorization: Bearer <token>}: the token's SHA-256 is compared, in
 * constant time, with the configured ones; the API token acts as the user {@code api-token} with the role
 * {@code editor} only, the admin token as {@code admin-token} with the role {@code admin}. Anyone else is a user of the
 * container (its login configuration and users, roles {@code editor} and {@code admin}): a browser logged in through
 * the login page, by its session, or a script sending {@code Authorization: Basic}, whose name and password the
 * container checks ({@code request.login}, with whatever throttling its realm does). No credentials, or wrong ones,
 * get 401 and a problem, never the login page, with a {@code Bearer} challenge only: a {@code Basic} one would make a
 * browser whose session ended open its own login dialog over the page. {@code /api/admin/*} needs {@code admin}, the
 * rest {@code editor} or {@code admin}. A state-changing call authenticated by the container must carry the session's
 * {@code X-CSRF-Token} header, which {@code GET /api/csrf} gives. The LanguageTool API ({@code /v2/*}) is guarded
 * alike; its clients, which send no header of their own, may give a token as the field {@code apiKey} of the form or
 * query (LanguageTool's premium key; its {@code username} is not needed).
 */
public final class AccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String TOKEN_USER = "api-token";
    static final String ADMIN_TOKEN_USER = "admin-token";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_ATTRIBUTE = "factcheck.csrf";
    /**
     * Marks the session a Basic login made for one call, from the login on: its end comes after the answer has gone
     * out, and a client quick enough to send the answer's cookie alone before then must not find it logged in.
     */
    private static final String CALL_ONLY_ATTRIBUTE = "factcheck.call-only";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /**
     * The longest text a LanguageTool client may send with its key as a form field (LanguageTool's own server takes
     * far less): that form is read before anyone is known, so it stays small; with the token in an
     * {@code Authorization} header, {@code factcheck.max-upload-bytes} holds.
     */
    static final long KEY_IN_FORM_TEXT_BYTES = 1_000_000;
    /** How many forms may be read at once before their key is known; one more is answered 503 at once. */
    static final int FORMS_BEFORE_LOGIN = 8;

    private final transient Semaphore formsBeforeLogin = new Semaphore(FORMS_BEFORE_LOGIN);

    /** The answer to {@code GET /api/csrf}: the session's token, the header to send it in, who is logged in. */
    record CsrfView(String token, String header, String user, boolean admin) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        String apiKey = null;
        if (authorization == null && path(request).startsWith("/v2/")) {
            boolean body = !SAFE.contains(request.getMethod());
            if (body && !formsBeforeLogin.tryAcquire()) {
                response.setHeader("Retry-After", "1");
                LtServlet.writeError(response, ApiException.of(503, "too many forms are being read before their"
                        + " apiKey is known; try again in a second"));
                return;
            }
            try {
                apiKey = Bodies.blankToNull(LtForm.of(request, Math.min(config().maxUploadBytes(), KEY_IN_FORM_TEXT_BYTES))
                        .get("apiKey"));
            } catch (ApiException e) {
                LtServlet.writeError(response, e); // what LanguageTool's clients show: its own form of error
                return;
            } finally {
                if (body) {
                    formsBeforeLogin.release();
                }
            }
        }
        boolean bearer = apiKey != null
                || authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean hadSession = request.getSession(false) != null;
        if (bearer) {
            String token = apiKey != null ? apiKey : authorization.substring(7).trim();
            boolean admin = tokenMatches(config().adminTokenSha256(), token);
            if (!admin && !tokenMatches(config().apiTokenSha256(), token)) {
                unauthorized(request, response, "the token is neither the configured API token nor the admin token"
                        + (config().apiTokenSha256() == null && config().adminTokenSha256() == null
                        ? " (no token is configured)" : ""));
                return;
            }
            request = asTokenUser(request, admin ? ADMIN_TOKEN_USER : TOKEN_USER, admin ? "admin" : "editor");
        } else if (basic) {
            if (!logIn(request, authorization.substring(6).trim())) {
                unauthorized(request, response, "wrong user name or password (after too many failures, logins are"
                        + " refused for a while)");
                return;
            }
            if (!hadSession) {
                request.getSession(true).setAttribute(CALL_ONLY_ATTRIBUTE, Boolean.TRUE);
            }
        } else if (request.getUserPrincipal() == null || callOnly(request)) {
            unauthorized(request, response, "log in on the page, or send an API token (Authorization: Bearer"
                    + (path(request).startsWith("/v2/") ? ", or the field apiKey" : "")
                    + ") or an account's name and password (Authorization: Basic)");
            return;
        }
        try {
            authorize(request, response, chain, bearer);
        } finally {
            if (basic && !hadSession) {
                forgetSession(request); // Basic credentials log in for the call only, as a token does
            }
        }
    }

    /** Lets an authenticated call through if it has the role and, from the container's users, the CSRF token. */
    private static void authorize(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                  boolean bearer) throws IOException, ServletException {
        String path = path(request);
        boolean admin = path.startsWith("/api/admin/");
        if (admin ? !request.isUserInRole("admin") : !(request.isUserInRole("editor") || request.isUserInRole("admin"))) {
            Problems.write(request, response, ApiException.of(403, request.getRemoteUser() + " lacks the role "
                    + (admin ? "admin" : "editor")));
            return;
        }
        if (bearer) {
            chain.doFilter(request, response); // a token is no browser's: no session, no CSRF token
            return;
        }
        if (path.equals("/api/csrf")) {
            Json.write(response, 200, new CsrfView(csrfToken(request.getSession(true)), CSRF_HEADER,
                    request.getRemoteUser(), request.isUserInRole("admin")));
            return;
        }
        if (!SAFE.contains(request.getMethod())) {
            HttpSession session = request.getSession(false);
            Object expected = session == null ? null : session.getAttribute(CSRF_ATTRIBUTE);
            String given = request.getHeader(CSRF_HEADER);
            if (expected == null || given == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                Problems.write(request, response, ApiException.of(403, "a state-changing call needs the " + CSRF_HEADER
                        + " header that GET /api/csrf gives (or an API token)"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Logs in with Basic credentials ({@code name:password} in Base64), in place of the session's login if it has
     * one: the credentials sent are checked every time. False when they are malformed or the container refuses them.
     */
    private static boolean logIn(HttpServletRequest request, String credentials) throws ServletException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        if (request.getUserPrincipal() != null) {
            request.logout(); // request.login refuses a request already logged in
        }
        try {
            request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            return true;
        } catch (ServletException refused) {
            return false;
        }
    }

    /**
     * Ends the session a login made for a request that came without one (Jetty's form authentication keeps every login
     * in a session), so that scripts sending their credentials each time leave no sessions behind; but not the one
     * {@code GET /api/csrf} made to hold its token.
     */
    private static void forgetSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            if (session.getAttribute(CSRF_ATTRIBUTE) == null) {
                session.invalidate();
            } else {
                session.removeAttribute(CALL_ONLY_ATTRIBUTE);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // nothing to forget
        }
    }

    /** True for a request without credentials on a session that a Basic login made for its call only. */
    private static boolean callOnly(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null && session.getAttribute(CALL_ONLY_ATTRIBUTE) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** The request's path within the webapp ({@code /api/checks}). */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** 401 and a problem, with the challenge of the API token. */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"factcheck\"");
        Problems.write(request, response, ApiException.of(401, detail));
    }

    private WebConfig config() {
        return (WebConfig) getServletContext().getAttribute(Attributes.CONFIG);
    }

    private static boolean tokenMatches(String expected, String token) {
        return expected != null && !token.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), WebConfig.sha256(token).getBytes(StandardCharsets.US_ASCII));
    }

    private static String csrfToken(HttpSession session) {
        Object t = session.getAttribute(CSRF_ATTRIBUTE);
        if (t == null) {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            t = HexFormat.of().formatHex(b);
            session.setAttribute(CSRF_ATTRIBUTE, t);
        }
        return t.toString();
    }

    private static HttpServletRequest asTokenUser(HttpServletRequest request, String user, String role) {
        Principal principal = () -> user;
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getRemoteUser() {
                return user;
            }

            @Override
            public boolean isUserInRole(String asked) {
                return role.equals(asked);
            }

            @Override
            public String getAuthType() {
                return "BEARER";
            }
        };
    }
}
