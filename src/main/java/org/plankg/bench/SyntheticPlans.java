package org.plankg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.plankg.plan.Plan;
import org.plankg.extract.PlanFormatException;
import org.plankg.extract.PlanParser;
import org.plankg.vocab.Vocabulary;

/**
 * Writes N plans for a benchmark: the shipped texts in turn, each under an invented district name
 * (two characters from a fixed list, so the same N gives the same files), replacing the original
 * district's name everywhere in the text.
 */
public final class SyntheticPlans {

    /** 60 characters: 3,540 names, enough for every county-level division (about 2,850). */
    private static final String CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海林石田禾风云雷雨霜雪"
            + "东南北春夏秋冬梅兰竹菊松柏桃李杏桂莲荷";

    private SyntheticPlans() {
    }

    public static List<Path> write(Path shipped, Path target, int count) throws IOException, PlanFormatException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(shipped)) {
            sources = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        if (sources.isEmpty()) throw new IOException("no .txt plans in " + shipped);
        PlanParser parser = new PlanParser(Vocabulary.load());
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path source : sources) {
            byte[] bytes = Files.readAllBytes(source);
            Plan plan = parser.parse(source.toString(), bytes);
            String district = plan.district().name();
            texts.add(new String(bytes, StandardCharsets.UTF_8));
            names.add(district.substring(0, district.length() - 1));
        }
        int max = CHARS.length() * (CHARS.length() - 1);
        if (count > max) throw new IllegalArgumentException("at most " + max + " synthetic plans");
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i % texts.size();
            String name = inventedName(i);
            Path file = target.resolve(String.format("%04d.txt", i));
            Files.writeString(file, texts.get(k).replace(names.get(k), name), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** The i-th pair of distinct characters. */
    public static String inventedName(int i) {
        int n = CHARS.length();
        int first = i / (n - 1);
        int second = i % (n - 1);
        if (second >= first) second++;
        return "" + CHARS.charAt(first) + CHARS.charAt(second);
    }
}
