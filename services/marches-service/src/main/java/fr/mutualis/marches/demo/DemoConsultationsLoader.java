package fr.mutualis.marches.demo;

import fr.mutualis.marches.award.application.AwardCommand;
import fr.mutualis.marches.award.application.AwardService;
import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.consultation.application.ConsultationCommand;
import fr.mutualis.marches.consultation.application.ConsultationService;
import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.Question;
import fr.mutualis.marches.deposit.application.DepositService;
import fr.mutualis.marches.opening.application.OpeningService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Département de la Gironde's demonstration consultations, taken to their states through the use cases as its
 * agent Léa Dubois (principal key holder) and its élue Sophie Laurent (backup key holder) would, with the demo
 * companies Numeria Conseil and Atlantic Logiciels: two open for bids (one with an answered question), one awarded
 * and notified (in the open data), one infructueuse, one draft. Idempotent: nothing is loaded when the Département
 * already has consultations.
 */
@Component
public class DemoConsultationsLoader {

    /** The demo key holders' passphrase: printed by the launcher, for the demonstration platform only. */
    public static final String DEMO_PASSPHRASE = "Démo Mutualis : ouverture des plis 2026";
    static final String GIRONDE = "223300013";
    private static final Logger log = LoggerFactory.getLogger(DemoConsultationsLoader.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Long enough to publish and deposit before it (keys are generated, files scanned), short enough to wait for. */
    private static final Duration PAST_DEADLINE = Duration.ofSeconds(30);

    private final ConsultationService consultations;
    private final DepositService deposits;
    private final OpeningService opening;
    private final AwardService awards;
    private final DemoProperties properties;
    private final Clock clock;

    DemoConsultationsLoader(ConsultationService consultations, DepositService deposits, OpeningService opening,
                            AwardService awards, DemoProperties properties, Clock clock) {
        this.consultations = consultations;
        this.deposits = deposits;
        this.opening = opening;
        this.awards = awards;
        this.properties = properties;
        this.clock = clock;
    }

    private static final Actor AGENT = new Actor("agent.gironde@demo.mutualis.fr", "Léa Dubois", GIRONDE,
            "22330001300017", true, false);
    private static final Actor ELUE = new Actor("elu.gironde@demo.mutualis.fr", "Sophie Laurent", GIRONDE,
            "22330001300017", true, false);
    private static final Actor NUMERIA = new Actor("depot.numeria@demo.mutualis.fr", "Inès Roux", "412345670",
            "41234567000019", false, true);
    private static final Actor ATLANTIC = new Actor("depot.atlantic-logiciels@demo.mutualis.fr", "Thomas Girard",
            "523987659", "52398765900019", false, true);

    /** @return how many consultations were loaded (0 when they already were) */
    public int load() {
        if (!consultations.ofMyCollectivite(AGENT, Optional.empty()).isEmpty()) {
            log.info("Consultations de démonstration déjà chargées.");
            return 0;
        }
        Consultation portal = draftWhenTheReferentialKnowsGironde(command("DEMO-2026-001",
                "Maintenance et évolution du portail des démarches en ligne du Département", "72267000-4",
                "Appel d'offres ouvert", "services", "240000.00", List.of(
                        new ConsultationCommand.LotCommand(1, "Maintenance corrective et évolutive",
                                new BigDecimal("180000.00")),
                        new ConsultationCommand.LotCommand(2, "Hébergement et infogérance", new BigDecimal("60000.00"))),
                inDays(35)));
        publish(portal, "Règlement de la consultation", "Cahier des clauses techniques particulières");
        Question question = consultations.ask(portal.id(), "Le lot 2 peut-il être hébergé hors de France ?", NUMERIA);
        consultations.answer(portal.id(), question.id(), "Non : l'hébergement est en France, chez un prestataire "
                + "qualifié SecNumCloud ou HDS selon les données traitées.", AGENT);

        Consultation tablets = consultations.draft(command("DEMO-2026-002", "Fourniture de tablettes pour les "
                + "collèges du Département", "30213200-7", "Procédure adaptée", "fournitures", "95000.00", List.of(),
                inDays(12)), AGENT);
        publish(tablets, "Règlement de la consultation", "Bordereau des prix unitaires");

        // Two consultations taken past their deadline: both published first, so that the load waits once.
        Consultation audit = consultations.draft(command("DEMO-2026-003", "Audit de sécurité du système "
                + "d'information et tests d'intrusion", "72800000-8", "Procédure adaptée", "services", "60000.00",
                List.of(), soon()), AGENT);
        Consultation training = consultations.draft(command("DEMO-2026-004", "Formation des agents aux outils "
                + "collaboratifs", "80533100-0", "Procédure adaptée", "services", "25000.00", List.of(), soon()),
                AGENT);
        publish(audit, "Règlement de la consultation", "Cahier des charges de l'audit");
        publish(training, "Règlement de la consultation");
        deposit(audit, NUMERIA, "Numeria Conseil SAS", "Offre de Numeria Conseil : audit en 6 semaines");
        deposit(audit, ATLANTIC, "Atlantic Logiciels SARL", "Offre d'Atlantic Logiciels : audit et tests d'intrusion");
        waitForTheDeadline(training);
        opening.open(audit.id(), DEMO_PASSPHRASE.toCharArray(), AGENT);
        List<Contract> contracts = awards.award(audit.id(), new AwardCommand(List.of(new AwardCommand.LotAward(null,
                List.of(new AwardCommand.HolderCommand("SIRET", "41234567000019", "Numeria Conseil SAS")),
                new BigDecimal("52400.00"), 6, "Forfaitaire", List.of("Définitif ferme"),
                "Techniques de l'information et de la communication", null, null, null, false, null, null, false,
                false, null))), AGENT);
        awards.notify(contracts.get(0).id(), new AwardCommand.NotificationCommand(
                LocalDate.now(clock.withZone(PARIS)).toString()), AGENT);
        opening.open(training.id(), DEMO_PASSPHRASE.toCharArray(), ELUE);
        consultations.declareUnsuccessful(training.id(), "Aucune offre n'a été reçue : le besoin sera regroupé avec "
                + "celui des communes dans un accord-cadre du syndicat.", AGENT);

        consultations.draft(command("DEMO-2026-005", "Assistance à maîtrise d'ouvrage pour le schéma directeur du "
                + "numérique", "79421000-1", "Procédure adaptée", "services", "80000.00", List.of(), inDays(40)), AGENT);
        log.info("Consultations de démonstration chargées : 5 (2 ouvertes aux offres, 1 attribuée, 1 infructueuse, "
                + "1 brouillon).");
        return 5;
    }

    private Consultation draftWhenTheReferentialKnowsGironde(ConsultationCommand command) {
        Instant giveUp = clock.instant().plus(properties.referentialTimeout());
        while (true) {
            try {
                return consultations.draft(command, AGENT);
            } catch (ConsultationRuleException | fr.mutualis.service.referential.ReferentialUnavailableException e) {
                if (clock.instant().isAfter(giveUp)) {
                    throw e;
                }
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void publish(Consultation consultation, String... documents) {
        for (String document : documents) {
            consultations.addDocument(consultation.id(), new ByteArrayInputStream(pdf(document + " - "
                    + consultation.details().objet())), document + ".pdf", Optional.empty(), AGENT);
        }
        consultations.holdKey(consultation.id(), "principal", DEMO_PASSPHRASE.toCharArray(), AGENT);
        consultations.holdKey(consultation.id(), "secours", DEMO_PASSPHRASE.toCharArray(), ELUE);
        consultations.publish(consultation.id(), AGENT);
    }

    private void deposit(Consultation consultation, Actor company, String name, String text) {
        byte[] offer = pdf(text);
        deposits.deposit(consultation.id(), List.of(new DepositService.Upload() {
            @Override
            public String name() {
                return "offre.pdf";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(offer);
            }
        }), false, name, company, clock.instant());
    }

    /** Until the deadline of {@code consultation} (the latest of those taken past it) is behind. */
    private void waitForTheDeadline(Consultation consultation) {
        Instant deadline = consultations.readableByBuyer(consultation.id(), AGENT).details().deadline();
        while (!clock.instant().isAfter(deadline)) {
            sleep(Duration.ofMillis(250));
        }
    }

    private static ConsultationCommand command(String reference, String objet, String cpv, String procedure,
                                               String category, String amount,
                                               List<ConsultationCommand.LotCommand> lots, String deadline) {
        return new ConsultationCommand(reference, objet, cpv, procedure, "Marché", category, lots,
                new BigDecimal(amount), new ConsultationCommand.PlaceCommand("33063", "Code commune"), deadline);
    }

    private String inDays(int days) {
        return LocalDateTime.ofInstant(clock.instant(), PARIS).plusDays(days).truncatedTo(ChronoUnit.DAYS)
                .withHour(12).toString();
    }

    /** A deadline a few seconds away, for the consultations that the demonstration takes past it. */
    private String soon() {
        return LocalDateTime.ofInstant(clock.instant().plus(PAST_DEADLINE), PARIS).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
