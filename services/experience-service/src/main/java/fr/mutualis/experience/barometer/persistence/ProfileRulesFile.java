package fr.mutualis.experience.barometer.persistence;

import fr.mutualis.experience.barometer.domain.Profile;
import fr.mutualis.experience.barometer.domain.ProfileRules;
import fr.mutualis.experience.barometer.domain.SetRule;
import fr.mutualis.experience.record.domain.Axis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The barometer's rules, read from {@code barometer/profiles-v1.json}. */
@Configuration
public class ProfileRulesFile {

    public static final String LOCATION = "barometer/profiles-v1.json";

    @Bean
    ProfileRules profileRules() {
        return read(JsonMapper.builder().build());
    }

    public static ProfileRules read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            JsonNode root = json.readTree(in);
            Map<String, JsonNode> byCode = new LinkedHashMap<>();
            root.required("profiles").forEach(profile -> byCode.put(profile.required("code").asString(), profile));
            List<Profile> ordered = new java.util.ArrayList<>();
            root.required("order").forEach(code -> ordered.add(profile(byCode.get(code.asString()))));
            Map<String, String> axes = Arrays.stream(Axis.values())
                    .collect(Collectors.toMap(Axis::code, Axis::label, (a, b) -> a, LinkedHashMap::new));
            return new ProfileRules(root.required("version").asInt(), ordered, axes,
                    labels(root.path("criteria").path("roles")), labels(root.path("criteria").path("communicationTools")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the barometer's rules " + LOCATION, e);
        }
    }

    private static Profile profile(JsonNode profile) {
        JsonNode rules = profile.required("rules");
        return new Profile(profile.required("code").asString(), profile.required("label").asString(),
                bool(rules, "strategicPlan"), bool(rules, "digitalElu"), set(rules.get("axes")), set(rules.get("roles")),
                bool(rules, "monitoring"), set(rules.get("communicationTools")));
    }

    private static Boolean bool(JsonNode rules, String name) {
        return rules.hasNonNull(name) ? rules.get(name).asBoolean() : null;
    }

    private static SetRule set(JsonNode rule) {
        if (rule == null || rule.isNull()) {
            return null;
        }
        return new SetRule(rule.hasNonNull("min") ? rule.get("min").asInt() : null,
                rule.hasNonNull("max") ? rule.get("max").asInt() : null,
                codes(rule.get("onlyAmong")), codes(rule.get("someOutside")), codes(rule.get("exactly")));
    }

    private static Set<String> codes(JsonNode list) {
        if (list == null) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(code -> codes.add(code.asString()));
        return Set.copyOf(codes);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.properties().forEach(entry -> labels.put(entry.getKey(), entry.getValue().asString()));
        return labels;
    }
}
