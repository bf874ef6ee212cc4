package fr.mutualis.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Finds the EICAR string, or is unavailable, as told; counts its scans. */
final class FakeScanner implements VirusScanner {

    boolean unavailable;
    int scans;

    @Override
    public Verdict scan(InputStream content) {
        scans++;
        if (unavailable) {
            throw new ScannerUnavailableException("L'antivirus est momentanément indisponible");
        }
        try {
            String text = new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE") ? Verdict.infected("Eicar-Test-Signature")
                    : Verdict.clean();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean ping() {
        return !unavailable;
    }
}
