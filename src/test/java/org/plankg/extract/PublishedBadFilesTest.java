package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
        return BadFiles.fengtai();
    }

    @Test
    void imageOnlyPdfNeedsOcr() {
        assertReason("scan.pdf", BadFiles.imageOnlyPdf(), "no text layer: it needs OCR first");
    }

    @Test
    void encryptedPdf() {
        assertReason("locked.pdf", BadFiles.encryptedPdf(), "encrypted PDF");
    }

    @Test
    void corruptDocx() {
        assertReason("cut.docx", BadFiles.corruptDocx(), "corrupt or unreadable Word document");
    }

    /** A few kilobytes that inflate to 200 MB of document: refused before it is expanded. */
    @Test
    void zipBomb() {
        byte[] bomb = BadFiles.zipBomb();
        assertTrue(bomb.length < 1_000_000);
        assertReason("bomb.docx", bomb, "zip bomb");
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
        assertReason("news.html", BadFiles.newsPage(), "no plan structure found");
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
