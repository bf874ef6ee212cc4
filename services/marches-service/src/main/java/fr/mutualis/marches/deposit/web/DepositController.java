package fr.mutualis.marches.deposit.web;

import fr.mutualis.marches.consultation.web.Actors;
import fr.mutualis.marches.deposit.application.DepositService;
import fr.mutualis.marches.deposit.application.Receipt;
import fr.mutualis.marches.deposit.application.ReceiptPdf;
import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.service.security.PlatformUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A company's deposits and their receipts. */
@RestController
@RequestMapping("/api/marches")
class DepositController {

    private final DepositService deposits;
    private final Clock clock;

    DepositController(DepositService deposits, Clock clock) {
        this.deposits = deposits;
        this.clock = clock;
    }

    /**
     * Deposits the files of part {@code fichiers}; successive deposits are allowed, the last one on time counts.
     * {@code test=true} makes a test deposit, never opened as a bid.
     */
    @PostMapping(path = "/consultations/{id}/depots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> deposit(@PathVariable UUID id, @RequestPart("fichiers") List<MultipartFile> files,
                                    @RequestParam(defaultValue = "false") boolean test,
                                    @RequestParam Optional<String> raisonSociale, PlatformUser user) {
        // The whole request is received when the controller runs: that is the deposit's time, by the platform's clock.
        Instant receivedAt = clock.instant();
        List<DepositService.Upload> uploads = files.stream().map(DepositController::upload).toList();
        Deposit deposit = deposits.deposit(id, uploads, test, raisonSociale.orElse(null), Actors.of(user),
                receivedAt);
        return ResponseEntity.created(URI.create("/api/marches/depots/" + deposit.id()))
                .body(deposits.receipt(deposit.id(), Actors.of(user)));
    }

    @GetMapping("/depots")
    List<Receipt> mine(PlatformUser user) {
        return deposits.mine(Actors.of(user));
    }

    @GetMapping("/depots/{id}")
    Receipt receipt(@PathVariable UUID id, PlatformUser user) {
        return deposits.receipt(id, Actors.of(user));
    }

    @GetMapping("/depots/{id}/accuse-de-reception")
    ResponseEntity<byte[]> receiptPdf(@PathVariable UUID id, PlatformUser user) {
        Receipt receipt = deposits.receipt(id, Actors.of(user));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("accuse-de-reception-" + receipt.numero() + ".pdf").build().toString())
                .body(ReceiptPdf.render(receipt));
    }

    private static DepositService.Upload upload(MultipartFile file) {
        return new DepositService.Upload() {
            @Override
            public String name() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
