package org.plankg.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plankg.extract.BadFiles;
import org.plankg.store.StoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A researcher tries a plan file before it joins the graph: 丰台's plan as text, Word and PDF reads
 * as the plan view shows a stored plan (区教委 and 区委宣传部 lead the 青少年科学素质行动, line 75),
 * with its text, its unread lines and its corrections template; a file that is no plan is a 4xx
 * problem saying why; nothing is stored and no upload is left on disk.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plankg.max-file-size=2MB", "plankg.preview.concurrent=1"})
class PreviewTest {

    static final Path FENGTAI = Path.of("data/plans/000_64d43a6d2d8e1f87.txt");
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;
    @Autowired
    StoreProperties store;

    record Part(String name, String fileName, byte[] bytes) {
    }

    record Answer(int status, String contentType, String body, String retryAfter) {
        JsonObject json() {
            return JSON.parse(body);
        }
    }

    Answer post(Part... parts) throws IOException, InterruptedException {
        String boundary = "plankg-test-boundary";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/preview"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts))).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    static byte[] multipart(String boundary, Part... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\""
                    + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(part.bytes());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<String> leads(JsonObject preview, String item) {
        for (JsonValue i : preview.get("items").getAsArray()) {
            if (i.getAsObject().get("name").getAsString().value().equals(item)) {
                List<String> leads = new ArrayList<>();
                i.getAsObject().get("roles").getAsArray().forEach(r -> {
                    if (r.getAsObject().get("role").getAsString().value().equals("lead")) leads.add(r.getAsObject().get("unit").getAsString().value());
                });
                return leads;
            }
        }
        throw new AssertionError("no item " + item);
    }

    @Test
    void aPlanInEveryFormatReadsAsThePlanViewShowsIt() throws Exception {
        byte[] text = Files.readAllBytes(FENGTAI);
        for (Part file : List.of(new Part("file", "丰台.txt", text), new Part("file", "丰台.docx", BadFiles.fengtaiDocx()),
                new Part("file", "丰台.pdf", BadFiles.fengtaiPdf()))) {
            Answer answer = post(file);
            assertEquals(200, answer.status(), file.fileName() + ": " + answer.body());
            JsonObject preview = answer.json();
            assertEquals("丰台区", preview.get("district").getAsString().value(), file.fileName());
            assertEquals(java.util.Set.of("区教委", "区委宣传部"), java.util.Set.copyOf(leads(preview, "青少年科学素质行动")), file.fileName());
            assertEquals(file.fileName(), preview.get("sourceFile").getAsString().value());
        }
        JsonObject preview = post(new Part("file", "../../etc/丰台.txt", text)).json();
        assertEquals("丰台.txt", preview.get("sourceFile").getAsString().value(), "a path in the name is dropped");
        JsonObject line75 = lines(preview).stream().filter(l -> l.get("line").getAsNumber().value().intValue() == 75).findFirst().orElseThrow();
        assertTrue(line75.get("text").getAsString().value().startsWith("牵头部门：区教委、区委宣传部。"));
        assertTrue(line75.get("read").getAsBoolean().value(), "line 75 gave assignments");
        String template = preview.get("template").getAsString().value();
        assertTrue(template.contains("change,item,task,unit,role,to,line,quote,reason,by,date\n"), template);
        assertTrue(template.contains(",青少年科学素质行动,,区教委,lead,,75,牵头部门：区教委、区委宣传部。"), "rows as read, ready to edit");
        assertTrue(preview.get("coverage").getAsObject().hasKey("unreadLines"));
        assertEquals(List.of(), uploadsLeft(), "no upload left on disk");
    }

    @Test
    void linesThatReadLikeResponsibilityButGaveNothingAreMarked() throws Exception {
        String plan = Files.readString(FENGTAI).replace("## （二）实施农民科学素质行动",
                "本行动由区科协会同有关部门负责推进，牵头单位另行确定。\n\n## （二）实施农民科学素质行动");
        JsonObject preview = post(new Part("file", "edited.txt", plan.getBytes(StandardCharsets.UTF_8))).json();
        List<JsonObject> unread = lines(preview).stream().filter(l -> l.get("unread").getAsBoolean().value()).toList();
        assertFalse(unread.isEmpty(), "an unread statement-like line is marked");
        assertTrue(unread.stream().anyMatch(l -> l.get("text").getAsString().value().contains("牵头单位另行确定")), unread.toString());
    }

    @Test
    void aFileThatIsNoPlanIsAProblemSayingWhy() throws Exception {
        Map<String, Object[]> bad = Map.of(
                "news.html", new Object[] {BadFiles.newsPage(), 422, "no plan structure found"},
                "locked.pdf", new Object[] {BadFiles.encryptedPdf(), 422, "encrypted PDF"},
                "scan.pdf", new Object[] {BadFiles.imageOnlyPdf(), 422, "no text layer"},
                "cut.docx", new Object[] {BadFiles.corruptDocx(), 422, "corrupt or unreadable Word document"},
                "bomb.docx", new Object[] {BadFiles.zipBomb(), 422, "zip bomb"},
                "empty.txt", new Object[] {new byte[0], 422, "the file is empty"},
                "huge.txt", new Object[] {new byte[3 << 20], 413, "larger than the size limit"});
        for (var e : bad.entrySet()) {
            Answer answer = post(new Part("file", e.getKey(), (byte[]) e.getValue()[0]));
            assertEquals(e.getValue()[1], answer.status(), e.getKey() + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), e.getKey());
            assertTrue(answer.json().get("detail").getAsString().value().contains((String) e.getValue()[2]), e.getKey() + ": " + answer.body());
        }
        Answer noFile = post(new Part("plan", "x.txt", Files.readAllBytes(FENGTAI)));
        assertEquals(400, noFile.status(), noFile.body());
        assertTrue(noFile.body().contains("a part named file"), noFile.body());
        assertEquals(List.of(), uploadsLeft(), "no upload left on disk");
    }

    @Test
    void correctionsSentWithThePlanAreAppliedOrSaidWhyNot() throws Exception {
        byte[] text = Files.readAllBytes(FENGTAI);
        String header = "change,item,task,unit,role,to,line,quote,reason,by,date\n";
        Answer corrected = post(new Part("file", "丰台.txt", text), new Part("corrections", "丰台.txt.corrections.csv",
                (header + "role,青少年科学素质行动,,区科协,participant,lead,75,,co-lead,王,2026-12-01\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, corrected.status(), corrected.body());
        assertTrue(leads(corrected.json(), "青少年科学素质行动").contains("区科协"));
        Answer wrong = post(new Part("file", "丰台.txt", text), new Part("corrections", "丰台.txt.corrections.csv",
                (header + "remove,青少年科学素质行动,,区总工会,lead,,,,gone,王,2026-12-01\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, wrong.status(), wrong.body());
        JsonArray problems = wrong.json().get("problems").getAsArray();
        assertTrue(problems.get(0).getAsString().value().startsWith("丰台.txt.corrections.csv:2: no assignment of 区总工会"), wrong.body());
    }

    /** A preview whose upload has not finished holds the one slot; the next is told to come back. */
    @Test
    void aPreviewBeyondTheLimitIsToldToRetry() throws Exception {
        try (Socket slow = new Socket("localhost", port)) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            Answer refused = null;
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 50 && refused == null; i++) {
                Answer answer = post(new Part("file", "丰台.txt", Files.readAllBytes(FENGTAI)));
                statuses.add(answer.status());
                if (answer.status() == 429) refused = answer;
                else Thread.sleep(100);
            }
            slow.setSoTimeout(1);
            String heard;
            try {
                heard = new String(slow.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
            } catch (java.net.SocketTimeoutException e) {
                heard = "nothing";
            }
            assertTrue(refused != null, "a second preview is refused while the first holds the slot: " + statuses + "; the first heard " + heard);
            assertEquals("5", refused.retryAfter());
        }
    }

    private static List<JsonObject> lines(JsonObject preview) {
        List<JsonObject> lines = new ArrayList<>();
        preview.get("text").getAsArray().forEach(v -> lines.add(v.getAsObject()));
        return lines;
    }

    private List<Path> uploadsLeft() throws IOException {
        try (Stream<Path> files = Files.list(store.data().resolve("uploads"))) {
            return files.toList();
        }
    }
}
