package fr.mutualis.devstack;

import fr.mutualis.pdf.pki.DemoCertificateAuthority;
import fr.mutualis.pdf.pki.Signer;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo certification authority of the stack and one signing certificate per demo account (ADR 0022), created
 * once under the stack's data and kept across restarts; the services that {@code uses=signature} get the signers'
 * PKCS#12 and the authority's certificate. Not a qualified PKI: development and tests only.
 */
final class DemoSignatures {

    private DemoSignatures() {
    }

    static Path folder(StackConfig config) {
        return config.dataRoot().resolve("pki");
    }

    static Path signersKeyStore(StackConfig config) {
        return folder(config).resolve(DemoCertificateAuthority.SIGNERS_KEY_STORE_FILE);
    }

    static Path caCertificate(StackConfig config) {
        return folder(config).resolve(DemoCertificateAuthority.CA_CERTIFICATE_FILE);
    }

    /** Creates what is missing; readable by the unprivileged user the services run as. */
    static void ensure(StackConfig config, UnprivilegedUser user) {
        if (config.services().stream().noneMatch(service -> service.uses().contains(ServiceDescriptor.Uses.SIGNATURE))) {
            return;
        }
        List<Signer> signers = DemoAccounts.of(config).stream()
                .map(account -> new Signer(account.username(), account.givenName(), account.usualName(),
                        account.collectiviteName(), account.siret().substring(0, 9)))
                .toList();
        DemoCertificateAuthority.create(signers, DevSecrets.of(config).signatureKeyStorePassword().toCharArray(),
                folder(config));
        user.own(folder(config));
    }
}
