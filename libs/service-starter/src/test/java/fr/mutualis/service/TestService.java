package fr.mutualis.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.mutualis.service.security.ApiAccessRules;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service on the starter with one endpoint of each kind, shared by the starter's web tests so that they run in one
 * application context. Its issuer is never reached: no test sends a token.
 */
@SpringBootApplication
@RestController
public class TestService {

    public static final String PROPERTIES = "mutualis.security.issuer-uri=http://127.0.0.1:9/unused";

    @Bean
    ApiAccessRules rules() {
        return requests -> requests.requestMatchers("/public", "/records", "/listing", "/own-checks").permitAll();
    }

    @GetMapping("/public")
    Map<String, String> open() {
        return Map.of("ouvert", "oui");
    }

    @GetMapping("/private")
    Map<String, String> closed() {
        return Map.of("ouvert", "non");
    }

    @PostMapping("/records")
    NewRecord create(@RequestBody NewRecord record) {
        return record;
    }

    /** A text, a page with its default, a repeatable filter. */
    @GetMapping("/listing")
    Map<String, Object> listing(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(name = "tag", required = false) List<String> tags) {
        return Map.of("q", String.valueOf(q), "page", page, "tags", String.valueOf(tags));
    }

    /** Reads every parameter itself. */
    @GetMapping("/own-checks")
    Map<String, Object> ownChecks(@RequestParam MultiValueMap<String, String> parameters) {
        return Map.of("count", parameters.size());
    }

    public record NewRecord(String title, int budget, @JsonProperty("public") boolean isPublic, List<String> tags) {
    }
}
