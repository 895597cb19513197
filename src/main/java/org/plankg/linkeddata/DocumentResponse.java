package org.plankg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.plankg.format.RdfFormat;

/**
 * A document as served: its HTML page or an RDF form, with Vary, Content-Location, its alternates
 * and (for the vocabulary's documents) its canonical persistent IRI in Link headers.
 */
final class DocumentResponse {

    static final List<RdfFormat> ALTERNATES = Arrays.asList(RdfFormat.values());

    private DocumentResponse() {
    }

    /** {@code canonical} may be null; only the chosen form is built. */
    static ResponseEntity<byte[]> of(String documentPath, String canonical, RdfFormat.Choice choice,
                                     Supplier<String> html, Supplier<Model> rdf) {
        String location = documentPath + "?format=" + (choice.html() ? "html" : choice.format().key);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.VARY, "Accept")
                .header(HttpHeaders.CONTENT_LOCATION, location)
                .header(HttpHeaders.LINK, ALTERNATES.stream()
                        .map(f -> "<" + documentPath + "?format=" + f.key + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"")
                        .collect(Collectors.joining(", ")));
        if (canonical != null) response.header(HttpHeaders.LINK, "<" + canonical + ">; rel=\"canonical\"");
        if (choice.html()) {
            return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(html.get().getBytes(StandardCharsets.UTF_8));
        }
        return response.contentType(choice.format().contentType()).body(choice.format().write(rdf.get()));
    }
}
