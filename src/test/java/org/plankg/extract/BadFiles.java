package org.plankg.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Files as published that are not readable plans, each made here: for the reader's tests and the preview's. */
public final class BadFiles {

    private static final Path FENGTAI = Path.of("data/plans/000_64d43a6d2d8e1f87.txt");

    private BadFiles() {
    }

    static List<PublishedForms.Part> fengtai() {
        return PublishedForms.of(new String(ShippedPlans.read(FENGTAI), StandardCharsets.UTF_8));
    }

    /** A scan: one page holding an image, no text layer. */
    public static byte[] imageOnlyPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 50);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 丰台's plan as a PDF that needs a password to open. */
    public static byte[] encryptedPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(PdfFiles.pdf(fengtai()))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 丰台's plan as a Word file cut at half its bytes. */
    public static byte[] corruptDocx() {
        byte[] docx = WordFiles.docx(fengtai());
        return Arrays.copyOf(docx, docx.length / 2);
    }

    /** A few kilobytes that inflate to 200 MB of document. */
    public static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) zip.write(spaces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A news page that names units but is no plan. */
    public static byte[] newsPage() {
        List<PublishedForms.Part> news = List.of(new PublishedForms.Heading("区科协举办科普讲座"),
                new PublishedForms.Para("6月1日，区科协在区图书馆举办科普讲座，区教委、团区委参加。"));
        return WebPages.page(news, "UTF-8", "UTF-8");
    }

    /** 丰台's plan as a Word file and as a PDF, as they are published. */
    public static byte[] fengtaiDocx() {
        return WordFiles.docx(fengtai());
    }

    public static byte[] fengtaiPdf() {
        return PdfFiles.pdf(fengtai());
    }
}
