package fr.mutualis.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem written straight onto the servlet response, for the layers below Spring MVC (Tomcat's own refusals, a
 * request whose parameters cannot be decoded): the same French body as the controllers' problems, with the headers
 * that keep a browser from interpreting it.
 */
final class RawProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** No script, style or frame for an error body, which is data. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private RawProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Problems.title(HttpStatus.valueOf(status)));
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter writer = response.getWriter();
        writer.write(JSON.writeValueAsString(problem));
        writer.flush();
    }
}
