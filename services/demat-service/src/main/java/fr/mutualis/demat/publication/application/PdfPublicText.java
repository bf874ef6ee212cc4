package fr.mutualis.demat.publication.application;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.PublicText;
import fr.mutualis.demat.files.DocumentFiles;
import fr.mutualis.pdf.text.PdfText;
import org.springframework.stereotype.Component;

/** The text of the acte's signed PDF (its original if unsigned), for the search index. */
@Component
class PdfPublicText implements PublicText {

    private final DocumentFiles files;

    PdfPublicText(DocumentFiles files) {
        this.files = files;
    }

    @Override
    public String of(Acte acte) {
        return acte.signedDocument().or(acte::mainDocument)
                .map(document -> PdfText.extract(files.read(document.sha256()), MAX_CHARS))
                .orElse("");
    }
}
