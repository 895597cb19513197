package org.plankg.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** JSON by default; CSV for tabular answers with {@code Accept: text/csv} or {@code ?format=csv}. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.favorParameter(true).parameterName("format")
                .mediaType("json", MediaType.APPLICATION_JSON)
                .mediaType("csv", TableConverter.TEXT_CSV)
                .defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
    }

    /** Other sites' tools may query the endpoint and fetch the linked data. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/sparql", "/id/**", "/doc/**", "/def/**", "/dumps/**", "/.well-known/void"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "POST", "HEAD", "OPTIONS");
        }
    }

    /**
     * A unit's name may hold a slash (区委/区政府督查室): its %2F reaches Spring, which splits the
     * path before decoding, so {@code /api/units/{name}/…} still matches. Tomcat refuses it by default.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory> encodedSlashes() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    /**
     * Uploads (a plan to preview) up to {@code plankg.max-file-size}, as the plans folder; a part
     * larger than 1 MB is spooled to {@code plankg.data}/uploads and deleted when the request ends.
     */
    @org.springframework.context.annotation.Bean
    jakarta.servlet.MultipartConfigElement multipartConfig(org.plankg.store.StoreProperties store,
            @org.springframework.beans.factory.annotation.Value("${plankg.max-file-size:50MB}") org.springframework.util.unit.DataSize max)
            throws java.io.IOException {
        java.nio.file.Path uploads = java.nio.file.Files.createDirectories(store.data().resolve("uploads"));
        long bytes = max.toBytes();
        return new jakarta.servlet.MultipartConfigElement(uploads.toAbsolutePath().toString(), bytes, 2 * bytes + 1024 * 1024, 1024 * 1024);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new TableConverter());
    }
}
