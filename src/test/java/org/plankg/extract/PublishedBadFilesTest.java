package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.plankg.read.Document;
import org.plankg.read.DocumentReader;
import org.plankg.read.UnreadableException;
import org.plankg.plan.Plan;

/** Published files that are not readable plans: one clear reason each, and no data. */
class PublishedBadFilesTest {

    private static final Path FENGTAI = Path.of("data/plans/000_64d43a6d2d8e1f87.txt");
    private final PlanParser parser = new PlanParser(ShippedPlans.VOCABULARY);

    private static List<PublishedForms.Part> fengtai() {
        return PublishedForms.of(new String(ShippedPlans.read(FENGTAI), StandardCharsets.UTF_8));
    }

    @Test
    void imageOnlyPdfNeedsOcr() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 50);
            }
            pdf.save(out);
        }
        assertReason("scan.pdf", out.toByteArray(), "no text layer: it needs OCR first");
    }

    @Test
    void encryptedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(PdfFiles.pdf(fengtai()))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
        }
        assertReason("locked.pdf", out.toByteArray(), "encrypted PDF");
    }

    @Test
    void corruptDocx() {
        byte[] docx = WordFiles.docx(fengtai());
        assertReason("cut.docx", Arrays.copyOf(docx, docx.length / 2), "corrupt or unreadable Word document");
    }

    /** A few kilobytes that inflate to 200 MB of document: refused before it is expanded. */
    @Test
    void zipBomb() throws IOException {
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
        }
        assertTrue(out.size() < 1_000_000);
        assertReason("bomb.docx", out.toByteArray(), "zip bomb");
    }

    @Test
    void fileOverTheSizeLimit() {
        byte[] text = ShippedPlans.read(FENGTAI);
        PlanParser small = new PlanParser(ShippedPlans.VOCABULARY, new DocumentReader(text.length - 1));
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> small.parse("big.txt", text));
        assertTrue(e.getMessage().startsWith("larger than the size limit"), e.getMessage());
        assertEquals(50L << 20, DocumentReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void pageThatIsNotAPlan() {
        List<PublishedForms.Part> news = List.of(new PublishedForms.Heading("区科协举办科普讲座"),
                new PublishedForms.Para("6月1日，区科协在区图书馆举办科普讲座，区教委、团区委参加。"));
        assertReason("news.html", WebPages.page(news, "UTF-8", "UTF-8"), "no plan structure found");
    }

    /** A zip that is not a Word document is named for what it is. */
    @Test
    void zipArchive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("plan.txt"));
            zip.write(ShippedPlans.read(FENGTAI));
        }
        assertReason("plans.zip", out.toByteArray(), "zip archive");
    }

    /** The page's chrome is not read as text; its metadata table is kept as metadata. */
    @Test
    void siteChromeIsDroppedAndItsMetadataKept() throws UnreadableException {
        Document page = new DocumentReader().read("page.html", WebPages.page(fengtai(), "UTF-8", "UTF-8"));
        String text = page.blocks().toString();
        for (String chrome : List.of("当前位置", "政务服务", "索引号", "打印本页", "分享到", "相关链接", "2016—2020", "版权所有", "ICP备")) {
            assertTrue(!text.contains(chrome), chrome + " is chrome, not plan text");
        }
        assertTrue(text.contains("丰政办发〔2022〕9号"), "the body is read");
        assertEquals("某区人民政府办公室", page.metadata().get("issuer"));
        assertEquals("2022-06-01", page.metadata().get("issued"));
        assertEquals("某政办〔2022〕1号", page.metadata().get("documentNumber"));
    }

    /** The body's notice states the date; the page's 发布日期 fills it only where the body lacks it, and says so. */
    @Test
    void pageMetadataFillsWhatTheBodyLacks() throws PlanFormatException {
        Plan withDate = parser.parse("page.html", WebPages.page(fengtai(), "UTF-8", "UTF-8"));
        assertEquals("2022-05-09", String.valueOf(withDate.metadata().issued()));
        List<PublishedForms.Part> undated = fengtai().stream()
                .filter(p -> !(p instanceof PublishedForms.Para para && para.text().equals("2022年5月9日"))).toList();
        Plan filled = parser.parse("undated.html", WebPages.page(undated, "UTF-8", "UTF-8"));
        assertEquals("2022-06-01", String.valueOf(filled.metadata().issued()));
        assertNotNull(filled.warnings().stream().map(filled::describe).filter(w -> w.contains("issue date 2022-06-01 taken from the page")).findFirst().orElse(null),
                filled.warnings().toString());
    }

    private void assertReason(String name, byte[] bytes, String reason) {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> parser.parse(name, bytes));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }
}
