package fr.mutualis.files;

/** The antivirus recognised a malicious content; its signature is named. */
public final class InfectedFileException extends FileRefusedException {

    private final String signature;

    public InfectedFileException(String name, String signature) {
        super("infected", "Le fichier « " + name + " » contient un code malveillant (" + signature
                + ") et a été refusé");
        this.signature = signature;
    }

    /** The antivirus' name of what it found, e.g. {@code Eicar-Test-Signature}. */
    public String signature() {
        return signature;
    }
}
