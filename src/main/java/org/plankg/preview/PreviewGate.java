package org.plankg.preview;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code plankg.preview.concurrent} previews at once (reading a PDF or Word file takes a
 * core and memory); another is told 429 with Retry-After before its upload is read.
 */
@Component
class PreviewGate extends OncePerRequestFilter {

    private final Semaphore slots;
    private final int concurrent;

    PreviewGate(@Value("${plankg.preview.concurrent:2}") int concurrent) {
        this.concurrent = Math.max(1, concurrent);
        this.slots = new Semaphore(this.concurrent);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/preview".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!slots.tryAcquire()) {
            response.setStatus(429);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many previews\",\"status\":429,"
                    + "\"detail\":\"" + concurrent + " plans are being previewed; try again in a few seconds\"}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
