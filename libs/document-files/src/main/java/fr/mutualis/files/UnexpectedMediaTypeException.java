package fr.mutualis.files;

import java.util.Set;

/**
 * The file's content is not of an accepted type, whatever its name says: a Windows executable renamed {@code x.pdf}
 * is detected as an executable.
 */
public final class UnexpectedMediaTypeException extends FileRefusedException {

    private final String detectedMediaType;

    public UnexpectedMediaTypeException(String name, String detectedMediaType, Set<String> allowedMediaTypes) {
        super("unexpected-media-type", message(name, detectedMediaType, allowedMediaTypes));
        this.detectedMediaType = detectedMediaType;
    }

    /** The media type detected from the content, e.g. {@code application/x-msdownload}. */
    public String detectedMediaType() {
        return detectedMediaType;
    }

    private static String message(String name, String detected, Set<String> allowed) {
        if (allowed.equals(Set.of(FileRules.PDF))) {
            return "Le fichier « " + name + " » n'est pas un PDF (type détecté : " + detected + ")";
        }
        return "Le fichier « " + name + " » n'est pas d'un type accepté (type détecté : " + detected
                + " ; types acceptés : " + String.join(", ", allowed.stream().sorted().toList()) + ")";
    }
}
