package fr.mutualis.demat.publication.application;

import fr.mutualis.demat.acte.application.ActeChanges;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.application.DocumentRefs;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeLifecycleException;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.files.DocumentFiles;
import fr.mutualis.pdf.stamp.ActeStamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Publishing an acknowledged acte with its stamped copy, and archiving it. */
@Service
public class PublicationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final ActeChanges changes;
    private final ActeService actes;
    private final DocumentFiles files;
    private final Clock clock;
    private final ActeStamp stamp = new ActeStamp();

    PublicationService(ActeChanges changes, ActeService actes, DocumentFiles files, Clock clock) {
        this.changes = changes;
        this.actes = actes;
        this.files = files;
        this.clock = clock;
    }

    /** The stamp is drawn on a copy of the signed document; the signed original stays untouched. */
    public Acte publish(UUID id, Actor agent) {
        requireAgent(agent);
        Acte acte = actes.readable(id, agent);
        DocumentRef signed = acte.signedDocument().orElseThrow(() -> new ActeLifecycleException(
                "Cet acte n'a pas de document signé à publier."));
        if (acte.acknowledgement().isEmpty()) {
            throw new ActeLifecycleException("Seul un acte reçu en préfecture (AR) se publie.");
        }
        Instant now = clock.instant();
        byte[] stamped = stamp.stamp(files.read(signed.sha256()), stampLines(acte, now));
        DocumentRef copy = DocumentRefs.of(files.storeGenerated(stamped, stampedName(signed.name())));
        return changes.change(id, agent, locked -> {
            if (!locked.signedDocument().equals(acte.signedDocument())) {
                throw new ActeLifecycleException("L'acte a changé pendant la publication : réessayez.");
            }
            return locked.publish(copy, agent, now);
        });
    }

    public Acte archive(UUID id, Actor agent) {
        requireAgent(agent);
        return changes.change(id, agent, acte -> acte.archive(agent, clock.instant()));
    }

    static List<String> stampLines(Acte acte, Instant publishedAt) {
        List<String> lines = new ArrayList<>();
        acte.transmittedAt().ifPresent(at -> lines.add("Envoyé en préfecture le " + DAY.format(at)));
        acte.acknowledgement().ifPresent(ar -> lines.add("Reçu en préfecture le " + DAY.format(ar.receivedAt())));
        lines.add("Publié le " + DAY.format(publishedAt));
        lines.add("ID : " + acte.identifier());
        return lines;
    }

    private static String stampedName(String name) {
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return base.replace("-signe", "") + "-tamponne.pdf";
    }

    private static void requireAgent(Actor actor) {
        if (!actor.agent()) {
            throw new AccessDeniedException("Not an agent");
        }
    }
}
