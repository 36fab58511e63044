package org.factcheck;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's side of the login form, for the tests of each container (Jetty redirects to its login page, Tomcat
 * answers with it in place of the page asked for): a client that keeps its cookies and follows redirects one by one,
 * as a browser does; the form posted to its action, resolved against the page's address; the session cookie.
 */
public final class FormLogin {
    /** What only the login page holds: its form's action. */
    public static final String LOGIN_FORM = "action=\"j_security_check\"";
    /** What only the review page holds: its draft form. */
    public static final String REVIEW_PAGE = "id=\"draft-form\"";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = org.factcheck.web.OpenApiContract.validating(HttpClient.newBuilder()
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());

    /** One request, no redirect followed. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code uri}, following redirects as a browser does; the last answer. */
    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(uri)));
    }

    /** Posts the login form of {@code loginPage} (a page holding {@link #LOGIN_FORM}), following the redirects. */
    public HttpResponse<String> submit(HttpResponse<String> loginPage, String user, String password)
            throws IOException, InterruptedException {
        if (!loginPage.body().contains(LOGIN_FORM)) {
            throw new AssertionError("not the login page: " + loginPage.statusCode() + " " + loginPage.body());
        }
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return follow(send(HttpRequest.newBuilder(loginPage.uri().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    /** Asks for {@code page}, which needs a login, and logs in through the form; the page reached. */
    public HttpResponse<String> logIn(URI page, String user, String password) throws IOException, InterruptedException {
        return submit(get(page), user, password);
    }

    /** The session cookie's value (JSESSIONID), or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> follow(HttpResponse<String> r) throws IOException, InterruptedException {
        for (int hops = 0; r.statusCode() / 100 == 3 && hops < 5; hops++) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = send(HttpRequest.newBuilder(next));
        }
        return r;
    }
}
