package fr.mutualis.pdf.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads and writes X.509 certificates as PEM text, the format of {@code demo-ca.pem}. */
public final class PemCertificates {

    private PemCertificates() {
    }

    /** Every certificate of a PEM file (or of a DER file holding one certificate). */
    public static List<X509Certificate> read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read certificates from " + file, e);
        }
    }

    /** Every certificate of PEM (or DER) bytes. */
    public static List<X509Certificate> read(byte[] pemOrDer) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : factory.generateCertificates(new ByteArrayInputStream(pemOrDer))) {
                certificates.add((X509Certificate) certificate);
            }
            return List.copyOf(certificates);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not X.509 certificates", e);
        }
    }

    /** The PEM text of a certificate. */
    public static String toPem(X509Certificate certificate) {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Certificate cannot be encoded", e);
        }
    }
}
