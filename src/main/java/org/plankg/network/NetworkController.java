package org.plankg.network;

import java.util.List;

import org.plankg.format.Table;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who works with whom: the co-responsibility network, and one unit's partners in it. */
@RestController
class NetworkController {

    private final NetworkService networks;
    private final Partners partners;

    NetworkController(NetworkService networks, Partners partners) {
        this.networks = networks;
        this.partners = partners;
    }

    /** The network as JSON, GraphML, GEXF or a CSV edge list ({@code format=}, or {@code Accept: text/csv}). */
    @GetMapping("/api/network")
    ResponseEntity<byte[]> network(@RequestParam(required = false) String by,
                                   @RequestParam(required = false) List<String> district,
                                   @RequestParam(required = false) String national,
                                   @RequestParam(required = false) String role,
                                   @RequestParam(required = false) String level,
                                   @RequestParam(required = false) String mode,
                                   @RequestParam(defaultValue = "false") boolean collective,
                                   @RequestParam(required = false) Integer top,
                                   @RequestParam(required = false) String measure,
                                   @RequestParam(required = false) String format,
                                   @RequestHeader(value = "Accept", required = false) String accept) {
        NetworkFormats chosen = NetworkFormats.of(format, accept);
        NetworkRequest request = NetworkRequest.of(by, district, national, role, level, mode, collective, top, measure);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType + ";charset=UTF-8"));
        if (chosen != NetworkFormats.JSON) {
            response.header("Content-Disposition", "attachment; filename=\"plankg-network." + chosen.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        }
        return response.body(networks.rendered(request, chosen));
    }

    @GetMapping(value = "/api/units/{name}/partners", produces = "application/json")
    List<Partner> partners(@PathVariable String name, @RequestParam(required = false) String district,
                           @RequestParam(required = false) String partner, @RequestParam(required = false) String role,
                           @RequestParam(required = false) String level, @RequestParam(defaultValue = "false") boolean collective) {
        return partners.ranked(name, district, partner, role, level, collective);
    }

    /** As CSV, one row per shared item. */
    @GetMapping(value = "/api/units/{name}/partners", produces = "text/csv")
    Table partnerRows(@PathVariable String name, @RequestParam(required = false) String district,
                      @RequestParam(required = false) String partner, @RequestParam(required = false) String role,
                      @RequestParam(required = false) String level, @RequestParam(defaultValue = "false") boolean collective) {
        return partners.rows(name, district, partner, role, level, collective);
    }
}
