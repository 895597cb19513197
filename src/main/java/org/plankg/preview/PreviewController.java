package org.plankg.preview;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.plankg.correct.CorrectedPlan;
import org.plankg.correct.CorrectionException;
import org.plankg.correct.CorrectionsFile;
import org.plankg.correct.Corrector;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.extract.PlanWithText;
import org.plankg.question.QuestionService;
import org.plankg.read.DocumentReader;
import org.plankg.vocab.Iris;
import org.plankg.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/preview}: a plan file (multipart part {@code file}, any format the plans folder
 * reads) read as it would be loaded, and, with a part {@code corrections}, corrected; nothing is
 * stored. A file that is not a plan, cannot be read or is over the size limit is a 4xx problem
 * saying why; how many previews run at once is limited by {@link PreviewGate}.
 */
@RestController
class PreviewController {

    private static final Logger log = LoggerFactory.getLogger(PreviewController.class);

    private final PlanParser parser;
    private final Corrector corrector;
    private final PlanPreview preview;

    PreviewController(QuestionService questions, Vocabulary vocabulary, Iris iris,
                      @Value("${plankg.max-file-size:50MB}") DataSize maxFileSize) {
        this.parser = new PlanParser(vocabulary, new DocumentReader(maxFileSize.toBytes()));
        this.corrector = new Corrector(vocabulary);
        this.preview = new PlanPreview(questions, vocabulary, iris);
    }

    @PostMapping(value = "/api/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> preview(@RequestPart("file") MultipartFile file,
                                @RequestPart(value = "corrections", required = false) MultipartFile corrections)
            throws IOException, PlanFormatException, CorrectionException {
        if (file.isEmpty()) throw new PlanFormatException("the file is empty");
        String name = fileName(file.getOriginalFilename());
        PlanWithText read = read(name, file.getBytes());
        if (corrections == null || corrections.isEmpty()) return preview.of(read, CorrectedPlan.asRead(read.plan()), null);
        String correctionsName = fileName(corrections.getOriginalFilename());
        CorrectedPlan corrected = corrector.apply(read, CorrectionsFile.read(correctionsName, corrections.getBytes()));
        return preview.of(read, corrected, correctionsName);
    }

    /** Reads the plan; a reader's own failure on hostile bytes is the file's problem, not the service's. */
    private PlanWithText read(String name, byte[] bytes) throws PlanFormatException {
        try {
            return parser.read(name, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("preview of {} failed in the reader", name, e);
            throw new PlanFormatException("the file cannot be read as a plan (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The name a file was sent under, without any path; a name that is none becomes "upload". */
    static String fileName(String original) {
        if (original == null) return "upload";
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }

    @ExceptionHandler(PlanFormatException.class)
    ResponseEntity<ProblemDetail> notAPlan(PlanFormatException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not readable as a plan", e.getMessage(), null);
    }

    @ExceptionHandler(CorrectionException.class)
    ResponseEntity<ProblemDetail> corrections(CorrectionException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Corrections do not apply",
                "the corrections file does not apply to this plan: " + e.problems().size() + " problems", e.problems());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "send the plan as multipart/form-data in a part named "
                + e.getRequestPartName(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (problems != null) problem.setProperty("problems", problems);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
