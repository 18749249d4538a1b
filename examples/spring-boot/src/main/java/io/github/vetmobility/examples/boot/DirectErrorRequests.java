package io.github.vetmobility.examples.boot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request for Boot's error page itself ({@code GET /error}) with 404: the page renders
 * errors forwarded to it, and a client asking for it directly has no error to show, so Boot's
 * default answer, 500, would report a server failure that never happened. Forwarded errors pass
 * untouched (the filter sees requests only, not error dispatches).
 */
@Component
public class DirectErrorRequests extends OncePerRequestFilter {
  /** Created by Spring. */
  public DirectErrorRequests() {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/error") || path.startsWith("/error/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
