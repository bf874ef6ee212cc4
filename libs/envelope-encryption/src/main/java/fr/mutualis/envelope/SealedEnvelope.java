package fr.mutualis.envelope;

import java.util.Map;

/**
 * What sealing a file leaves besides its ciphertext: the file's data key wrapped (RSA-OAEP-SHA256) for each
 * recipient, so that any one of them can open it.
 *
 * @param wrappedDataKeys recipient id → wrapped data key, one per recipient given to {@link EnvelopeEncryption#seal}
 */
public record SealedEnvelope(Map<String, byte[]> wrappedDataKeys) {

    public SealedEnvelope {
        wrappedDataKeys = Map.copyOf(wrappedDataKeys);
    }
}
