package org.plankg.web;

import java.net.URI;

import org.plankg.query.BadParameterException;
import org.plankg.query.UnknownNameException;
import org.plankg.store.QueryTimeoutException;
import org.plankg.store.ReadOnlyRefusal;
import org.plankg.store.StoreRefillingException;
import org.plankg.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors as RFC 9457 problem details; no stack trace ever reaches a client. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UnknownNameException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownNameException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("suggestions", e.suggestions());
        return respond(problem);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return badParameter(e.getParameterName(), "the parameter " + e.getParameterName() + " is required");
    }

    private static ResponseEntity<ProblemDetail> badParameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return respond(problem);
    }

    /** A query string that is not percent-encoded UTF-8 (Tomcat drops such parameters and says so). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badQueryString(RuntimeException e) {
        return badParameter(null, "the query string is not valid: parameters must be name=value pairs, "
                + "percent-encoded UTF-8 (e.g. 区科协 as %E5%8C%BA%E7%A7%91%E5%8D%8F)");
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return badParameter(e.getName(), "the parameter " + e.getName() + " must be a "
                + (e.getRequiredType() == null ? "value of another kind" : e.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT))
                + ", not " + e.getValue());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLargeUpload(RuntimeException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the file is larger than the size limit (plankg.max-file-size)"), "File too large"));
    }

    @ExceptionHandler({org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<ProblemDetail> unreadable(RuntimeException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is missing or cannot be read"), "Bad request"));
    }

    /**
     * A malformed Accept header: nothing can be chosen for it. Written directly, since content
     * negotiation would read the same header again.
     */
    @ExceptionHandler(org.springframework.http.InvalidMediaTypeException.class)
    void badAccept(RuntimeException e, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406,"
                + "\"detail\":\"the Accept header cannot be read; send e.g. Accept: application/json\"}");
    }

    @ExceptionHandler(ReadOnlyRefusal.class)
    ResponseEntity<ProblemDetail> readOnly(RuntimeException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()), "Read-only"));
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<ProblemDetail> stopped(QueryTimeoutException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()), "Query stopped"));
    }

    /** A problem the caller may retry: with Retry-After, as the service recovers or frees a slot by itself. */
    private static ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(titled(ProblemDetail.forStatusAndDetail(status, detail), title));
    }

    private static ProblemDetail titled(ProblemDetail problem, String title) {
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailableException e) {
        log.warn(e.getMessage());
        return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
                "The knowledge graph's store is not reachable right now; try again shortly.");
    }

    @ExceptionHandler(org.plankg.sparql.TooManyQueriesException.class)
    ResponseEntity<ProblemDetail> tooMany(org.plankg.sparql.TooManyQueriesException e) {
        return retryLater(HttpStatus.TOO_MANY_REQUESTS, "Too many queries", e.getMessage());
    }

    @ExceptionHandler(org.plankg.store.QueryFailedException.class)
    ResponseEntity<ProblemDetail> failed(org.plankg.store.QueryFailedException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), "Query failed"));
    }

    @ExceptionHandler(org.plankg.store.AnswerTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(org.plankg.store.AnswerTooLargeException e) {
        return respond(titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), "Answer too large"));
    }

    @ExceptionHandler(StoreRefillingException.class)
    ResponseEntity<ProblemDetail> refilling(StoreRefillingException e) {
        log.warn(e.getMessage());
        return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Store being refilled",
                "The knowledge graph's store restarted empty and the plans are being loaded again; try again shortly.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                "this resource is served as " + e.getSupportedMediaTypes());
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) throw e;
        log.error("request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed; the error has been logged.");
        problem.setType(URI.create("about:blank"));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
