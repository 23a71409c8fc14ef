package io.cloudflux.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Writes the problem details of the security filters, which answer before Spring MVC's handlers exist. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // JSON is UTF-8 by definition (RFC 8259): written as bytes, so that no charset parameter is added.
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":"
                + status + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(request.getRequestURI()) + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
