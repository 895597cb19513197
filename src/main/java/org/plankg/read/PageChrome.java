package org.plankg.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a government site puts around a plan, found by structure and wording common to such sites,
 * never by a site's name: navigation and page furniture elements, breadcrumbs, print/share/font
 * tools, related links, footers, link lists, and the metadata table (索引号, 发布机构, 发布日期 …),
 * whose values are kept as the page's metadata before it is dropped.
 */
final class PageChrome {

    /** Metadata labels and the key each fills; the first label of a key found wins. */
    private static final Map<String, String> LABELS = labels();
    private static final Pattern LABEL_START = Pattern.compile("^(" + String.join("|", LABELS.keySet()) + ")\\s*[：:]?\\s*");
    private static final int METADATA_MAX_CHARS = 400;

    private static final String FURNITURE = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=complementary]";
    private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb",
            "crumbs", "footer", "foot", "header", "banner", "share", "print", "related", "sidebar", "copyright", "toolbar",
            "position", "location", "pager", "login", "search", "fontsize");
    private static final Pattern BREADCRUMB = Pattern.compile("^(当前位置|您的位置|您现在的位置|您当前的位置|当前所在位置|位置：|首页\\s*[>＞»›/])");
    private static final Pattern TOOLS = Pattern.compile("打印本页|【打印】|\\[打印]|打印此页|关闭窗口|【关闭】|分享到|字号[：:]|"
            + "【大】|\\[大]|扫一扫|收藏本页|加入收藏|返回顶部|网站地图|版权所有|ICP备|网站标识码|公网安备|"
            // a site's 主办单位：… line, not a table's 主办单位 column
            + "^(?:主办单位|承办单位|技术支持)\\s*[：:]|^联系我们");
    private static final Pattern RELATED = Pattern.compile("^(相关链接|相关文件|相关阅读|相关新闻|相关推荐|相关信息|热点推荐|推荐阅读|上一篇|下一篇)");
    private static final int TOOLS_MAX_CHARS = 200;

    private PageChrome() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String l : List.of("发布机构", "发文机关", "发文单位", "发布单位")) labels.put(l, "issuer");
        for (String l : List.of("成文日期", "发文日期", "印发日期", "发布日期", "发布时间")) labels.put(l, "issued");
        for (String l : List.of("发文字号", "文号")) labels.put(l, "documentNumber");
        for (String l : List.of("索引号", "主题分类", "公开方式", "有效性", "体裁分类", "公开范围", "信息来源", "来源")) labels.put(l, "");
        return labels;
    }

    /** Drops the chrome from {@code body} and answers the metadata read from its metadata block. */
    static Map<String, String> strip(Element body) {
        body.select(FURNITURE).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && chromeByName(e)) e.remove();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        Element block;
        while ((block = metadataBlock(body)) != null) {
            read(block, metadata);
            block.remove();
        }
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) continue;
            String text = e.text().strip();
            if (text.length() <= TOOLS_MAX_CHARS && (BREADCRUMB.matcher(text).find() || TOOLS.matcher(text).find())) {
                e.remove();
            } else if (text.length() <= 12 && RELATED.matcher(text).find()) {
                Element next = e.nextElementSibling();
                if (next != null && linkDense(next)) next.remove();
                e.remove();
            }
        }
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && linkDense(e)) e.remove();
        }
        return metadata;
    }

    /** An element named (id or class) as navigation, breadcrumbs, footer, share tools and the like. */
    private static boolean chromeByName(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(java.util.Locale.ROOT);
        for (String word : names.split("[\\s_-]+")) {
            if (CHROME_WORDS.contains(word)) return true;
        }
        return false;
    }

    /** The largest short element holding two or more metadata labels, or null. */
    private static Element metadataBlock(Element body) {
        Element found = null;
        for (Element e : body.getAllElements()) {
            if (e == body || labelCount(e) < 2) continue;
            found = e;
        }
        if (found == null) return null;
        while (found.parent() != null && found.parent() != body && found.parent().text().length() <= METADATA_MAX_CHARS) {
            found = found.parent();
        }
        return found.text().length() <= METADATA_MAX_CHARS ? found : null;
    }

    private static long labelCount(Element e) {
        String text = e.text();
        if (text.length() > METADATA_MAX_CHARS) return 0;
        return LABELS.keySet().stream().filter(text::contains).count();
    }

    /** Reads label–value pairs, whether in one cell (发布机构：X) or in neighbouring cells. */
    private static void read(Element block, Map<String, String> metadata) {
        List<String> pieces = pieces(block);
        for (int i = 0; i < pieces.size(); i++) {
            var m = LABEL_START.matcher(pieces.get(i));
            if (!m.find()) continue;
            String value = pieces.get(i).substring(m.end()).strip();
            if (value.isEmpty() && i + 1 < pieces.size() && !LABEL_START.matcher(pieces.get(i + 1)).find()) value = pieces.get(++i);
            String key = LABELS.get(m.group(1));
            if (!key.isEmpty() && !value.isEmpty()) metadata.putIfAbsent(key, value);
        }
    }

    /** The texts of an element's leaves, split at cells and block boundaries. */
    private static List<String> pieces(Element block) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Node node : block.getAllElements().first().childNodes()) collect(node, current, pieces);
        if (!current.toString().isBlank()) pieces.add(current.toString().strip());
        return pieces;
    }

    private static void collect(Node node, StringBuilder current, List<String> pieces) {
        if (node instanceof TextNode t) {
            current.append(t.text());
            return;
        }
        if (!(node instanceof Element e)) return;
        boolean cell = e.isBlock() || Set.of("td", "th", "br", "span", "li", "dt", "dd").contains(e.normalName());
        if (cell) flush(current, pieces);
        for (Node child : e.childNodes()) collect(child, current, pieces);
        if (cell) flush(current, pieces);
    }

    private static void flush(StringBuilder current, List<String> pieces) {
        if (!current.toString().isBlank()) pieces.add(current.toString().strip());
        current.setLength(0);
    }

    /** Mostly link text, and little text besides: a menu, a list of related pages. */
    static boolean linkDense(Element e) {
        int all = e.text().length();
        if (all == 0) return false;
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return links * 2 >= all && all - links < 200;
    }
}
