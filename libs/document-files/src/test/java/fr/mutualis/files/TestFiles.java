package fr.mutualis.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files made for the tests: real PDFs written by PDFBox, a Windows executable's header, the EICAR test string. */
final class TestFiles {

    /** The antivirus test file: harmless, recognised by every antivirus (ClamAV names it Eicar-Test-Signature). */
    static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!H+H*"
            .getBytes(StandardCharsets.US_ASCII);

    private TestFiles() {
    }

    static byte[] pdf(String text) {
        return pdf(text, null);
    }

    /** A one-page PDF; encrypted when {@code protection} is given. */
    static byte[] pdf(String text, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static StandardProtectionPolicy protection(String ownerPassword, String userPassword) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    /** The head of a Windows PE executable: "MZ", the PE header's offset at 0x3c, "PE\0\0" and an i386 COFF header there. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4e, stub.length);
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = 0x4c; // machine: i386
        exe[0x85] = 0x01;
        exe[0x86] = 0x01; // one section
        exe[0x94] = (byte) 0xe0; // size of the optional header
        exe[0x96] = 0x02; // characteristics: executable image
        exe[0x97] = 0x01;
        exe[0x98] = 0x0b; // optional header magic: PE32
        exe[0x99] = 0x01;
        return exe;
    }

    static byte[] firstHalf(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /** A stream that never ends, counting what was read from it. */
    static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            served += length;
            return length;
        }
    }
}
