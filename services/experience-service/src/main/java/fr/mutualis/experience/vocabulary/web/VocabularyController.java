package fr.mutualis.experience.vocabulary.web;

import fr.mutualis.experience.vocabulary.application.ManageVocabulary;
import fr.mutualis.experience.vocabulary.domain.Vocabulary;
import fr.mutualis.experience.vocabulary.domain.VocabularyEntry;
import fr.mutualis.experience.vocabulary.domain.VocabularyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The domain vocabulary: read by anyone (the portal shows it), changed by the syndicate's administrators. */
@RestController
@RequestMapping("/api/vocabulaire")
class VocabularyController {

    private final ManageVocabulary vocabulary;

    VocabularyController(ManageVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param kind {@code synonymes}, {@code sigle} or {@code mot-protege} */
    record EntryRequest(
            @NotNull(message = "Le type d'entrée est obligatoire : synonymes, sigle ou mot-protege.")
            @Pattern(regexp = "synonymes|sigle|mot-protege",
                    message = "Type d'entrée inconnu : synonymes, sigle ou mot-protege.") String kind,
            @NotNull(message = "Les termes sont obligatoires.")
            @Size(min = 1, max = VocabularyEntry.MAX_SYNONYMS, message = "Une entrée compte de 1 à "
                    + VocabularyEntry.MAX_SYNONYMS + " termes.")
            List<@NotNull(message = "Un terme ne peut pas être vide (null) : retirez-le.") String> terms) {

        VocabularyKind vocabularyKind() {
            return VocabularyKind.ofCode(kind).orElseThrow();
        }
    }

    record EntryResponse(UUID id, String kind, List<String> terms) {

        static EntryResponse of(VocabularyEntry entry) {
            return new EntryResponse(entry.id(), entry.kind().code(), entry.terms());
        }
    }

    /** @param changedAt null until the first change */
    record VocabularyResponse(long revision, Instant changedAt, List<EntryResponse> entries) {

        static VocabularyResponse of(Vocabulary vocabulary) {
            return new VocabularyResponse(vocabulary.revision(), vocabulary.changedAt(),
                    vocabulary.entries().stream().map(EntryResponse::of).toList());
        }
    }

    @GetMapping
    VocabularyResponse current() {
        return VocabularyResponse.of(vocabulary.current());
    }

    @PostMapping("/entrees")
    ResponseEntity<EntryResponse> add(@Valid @RequestBody EntryRequest request) {
        VocabularyEntry entry = vocabulary.add(request.vocabularyKind(), request.terms());
        return ResponseEntity.created(URI.create("/api/vocabulaire/entrees/" + entry.id()))
                .body(EntryResponse.of(entry));
    }

    @PutMapping("/entrees/{id}")
    EntryResponse replace(@PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
        return EntryResponse.of(vocabulary.replace(id, request.vocabularyKind(), request.terms()));
    }

    @DeleteMapping("/entrees/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        vocabulary.remove(id);
        return ResponseEntity.noContent().build();
    }
}
