package org.plankg.format;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.springframework.http.MediaType;

/**
 * The RDF formats resources are served in, written with RDF4J Rio, and the negotiation that
 * picks one from an {@code Accept} header (q-values honoured) or a {@code ?format=} override.
 */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", "Turtle", org.eclipse.rdf4j.rio.RDFFormat.TURTLE),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", org.eclipse.rdf4j.rio.RDFFormat.JSONLD),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", org.eclipse.rdf4j.rio.RDFFormat.RDFXML),
    NTRIPLES("nt", "application/n-triples", "N-Triples", org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES);

    public final String key;
    public final MediaType mediaType;
    /** The format's name as people write it. */
    public final String title;
    final org.eclipse.rdf4j.rio.RDFFormat rio;

    RdfFormat(String key, String mediaType, String title, org.eclipse.rdf4j.rio.RDFFormat rio) {
        this.key = key;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.title = title;
        this.rio = rio;
    }

    /** The HTML page, for browsers; not an RDF format but negotiated alongside them. */
    public static final MediaType HTML = MediaType.TEXT_HTML;

    /** What to serve: empty for HTML, a format, or nothing acceptable (406). */
    public record Choice(boolean html, RdfFormat format) {
    }

    public static Optional<Choice> negotiate(String accept, String formatParameter, boolean htmlAvailable) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            String key = formatParameter.toLowerCase(Locale.ROOT);
            if (key.equals("html") && htmlAvailable) return Optional.of(new Choice(true, null));
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().map(f -> new Choice(false, f));
        }
        List<MediaType> wanted = accepted(accept);
        for (MediaType type : wanted) {
            if (type.getQualityValue() <= 0) continue;
            if (htmlAvailable && (type.isCompatibleWith(HTML) && !type.isWildcardType()
                    || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML) && !type.isWildcardType())) {
                return Optional.of(new Choice(true, null));
            }
            for (RdfFormat f : values()) {
                if (type.isCompatibleWith(f.mediaType) && !(type.isWildcardType() && htmlAvailable)) {
                    return Optional.of(new Choice(false, f));
                }
            }
            if (type.isWildcardType()) return Optional.of(htmlAvailable ? new Choice(true, null) : new Choice(false, TURTLE));
        }
        return Optional.empty();
    }

    /** Media types of an Accept header, highest q first, more specific first among equals. */
    public static List<MediaType> accepted(String accept) {
        if (accept == null || accept.isBlank()) return List.of(MediaType.ALL);
        List<MediaType> types = new ArrayList<>();
        try {
            types.addAll(MediaType.parseMediaTypes(accept));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return List.of();
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(t -> t.isWildcardType() ? 2 : t.isWildcardSubtype() ? 1 : 0));
        return types;
    }

    /** Writes a Jena model with Rio: the model goes across as N-Triples, prefixes are kept. */
    public byte[] write(Model model) {
        StringWriter ntriples = new StringWriter();
        RDFDataMgr.write(ntriples, model, Lang.NTRIPLES);
        try {
            org.eclipse.rdf4j.model.Model rdf4j = Rio.parse(new StringReader(ntriples.toString()), "",
                    org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES);
            for (Map.Entry<String, String> prefix : model.getNsPrefixMap().entrySet()) {
                rdf4j.setNamespace(prefix.getKey(), prefix.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter writer = Rio.createWriter(rio, out);
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
            Rio.write(rdf4j, writer);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public MediaType contentType() {
        return new MediaType(mediaType, StandardCharsets.UTF_8);
    }
}
